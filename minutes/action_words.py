"""The words that ask somebody to act after the meeting: provide, circulate, write to, arrange,
investigate, report back, recommend, refer, delegate, purchase, a working group set up, a report to
a future meeting. One vocabulary, searched anywhere in a point; the grammar of a commitment ("the
Clerk would write", "that the Clerk contact") is read in commitments.py, and what refuses to act
("be noted", "not to") in classify.py."""

from __future__ import annotations

import re

ONTO_PROGRAMME = (
    r"\baddition\s+of\s+[^.;]{1,80}?\s+to\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:programme|agenda|forward\s+plan)\b"
    r"|\bbe\s+an?\s+(?:agenda\s+)?item\s+(?:for|on|at)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?(?:committee|scrutiny|meeting|panel|board)\b"
)
"""A topic put on a programme or an agenda: "The addition of the Waste Services Review to the Community
Scrutiny programme be approved", "that Climate Change would be an item for overview and scrutiny"."""
ACTION_WORDS = re.compile(
    r"\b(?:(?<!\breport\s)(?<!\bpaper\s)(?<!\bupdate\s)provid(?:e|es|(?:ed|ing)(?!\s+(?:that|they|it|he|she|we|there)\b))|(?<!\bas\s)(?<!\bbeen\s)(?<!\bpreviously\s)(?<!\balready\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bas\sprinted\sand\s)(?<!\bas\spresented\sand\s)circulat(?:e|es|ed|ing)|shar(?:e|es)\b|(?-i:shared)\b|brought|bring|come\s+(?:back\s+)?to|"
    r"return\s+to\s+(?:the|this|a\s+future)\s+(?:[\w'’-]+\s+){0,3}?(?:committee|cabinet|panel|board|council|meeting)\b|"
    r"report(?:s|ed)?\s+(?:back|to\s+(?:a|the)\s+(?:future|next|\w+\s+meeting|cabinet|council|committee))|be\s+reported|"
    r"reporting\s+(?:the\s+(?:outcomes?|results?|findings|progress)\s+)?(?:back\s+)?to\s+(?:the\s+|this\s+)?(?:committee|cabinet|council|board|panel|commission)\b|"
    r"writ(?:e|es|ten)\s+to|letter(?!\s+(?:from|received|dated|had|has|was|were)\b)|arrang(?:e|es|ed)|investigat(?:e|es|ed)|explor(?:e|es|ed)|look(?:ed)?\s+into|distribut(?:e|es)\b|be\s+distributed\b|respond(?:s)?\s+to\b|"
    r"(?<!\bif\s)(?<!\bwhen\s)(?<!\bunless\s)(?:request(?:s|ed)?\b(?!\s+(?:in|by|at|within|under|through)\s+(?:the|a|an|its|their)\b)|ask(?:s|ed)?\s+(?:that|for|the|officers|to(?!\s+note\b)|each|every|all|partners?|members))|be\s+asked|be\s+invited|invit(?:e|es)\b|"
    r"ask(?:s|ed)?\s+(?-i:[A-Z])[\w'’.-]*(?:,?\s+(?:and\s+)?(?-i:[A-Z])[\w'’.-]*){0,6}\s+to\s+(?!note\b)|"
    r"ask(?:s|ed)?\s+(?:for\s+)?(?:(?-i:[A-Z])[\w.-]*\s+){1,3}?[\w.-]*['’]s\s+(?:advice|views?|opinion|help)\b|"
    r"call(?:s|ed)?\s+(?:up)?on\s+(?:the\s+|all\s+|our\s+|its\s+)?(?-i:[A-Z])[\w'’.-]*(?:,?\s+(?:and\s+|of\s+|for\s+|the\s+)*(?-i:[A-Z])[\w'’.-]*){0,8}\s+to\s+(?!note\b)"
    r"|be\s+called\s+(?:up)?on\s+to\s+(?!note\b)|"
    r"(?:ask|direct)(?:s|ed)?\s+(?:the\s+)?staff\b|direct(?:s|ed)?\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?:of\s+)?(?-i:[A-Z])[\w'’.-]*){0,5}\s+to\s+(?!note\b)|"
    r"(?:hold|schedule|set)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:hearing|workshop|event|consultation|briefing|session|site\s+visit|site\s+meeting|public\s+meeting|debate)\b|"
    r"be\s+(?:posted|put|displayed)\s+(?:up\s+)?on\s+(?:the\s+|our\s+|its\s+)?(?:[\w'’-]+\s+)?(?:website|social\s+media|notice\s*boards?|facebook)\b|"
    r"raise\s+(?:any\s+|these\s+|the\s+|this\s+|their\s+|its\s+)?(?:[\w'’-]+\s+){0,2}?(?:issues?|concerns?|matters?|points?|questions?)\s+with\b|"
    r"be\s+(?:passed|conveyed)\s+(?:on\s+)?to\b|(?:thanks|appreciation|gratitude|congratulations)\b[^.;]{0,150}?\bbe\s+extended\s+to\b|(?:be|are|is)\s+placed\s+before\b|be\s+(?:further\s+)?developed\b|"
    r"forward\s+(?:a|an|the|this|these|its|their|copies|details|any|all)\s+(?:[\w'’-]+\s+){0,5}?to\b|be\s+monitored\b|"
    r"(?:workshop|session|briefing|seminar)\s+(?:(?:on|about|for|regarding)\s+[^.;]{1,80}?\s+)?(?:be|is\s+to\s+be|to\s+be)\s+(?:convened|organised|organized|arranged|held)\b|"
    r"be\s+the\s+subject\s+of\s+(?:a\s+)?(?:further\s+|public\s+|statutory\s+)?consultation\b|"
    r"return\s+to\s+(?:this|the|that)\s+(?:issue|matter|item|subject|question)\b|"
    r"(?:formal\s+|written\s+)?response\s+(?:be|to\s+be)\s+(?:made|sent|given)\s+to\b|"
    r"(?<!\bnot\s)\bhave\s+(?:(?:the|a|an|this|these|its|their|some|new)\s+|(?<=\bto\shave\s)(?=[a-z]+\s+(?:[a-z]+\s+){0,3}?(?:installed|repaired|replaced|erected)\b))"
    r"[^.;]{2,80}?\b(?:printed|delivered|installed|repaired|replaced|fixed|painted|erected|removed|cleared|cut\s+back)\b|"
    r"(?<!\bnot\s)\bto\s+have\s+(?:the\s+)?(?:(?-i:[A-Z][a-z]+)|clerk|secretary|treasurer|staff|officers?|chair(?:man|person)?|attorney|manager)\s+"
    r"(?:sign\s+up|send|write|contact|call|e-?mail|prepare|draft|look\s+into|check|get|obtain|arrange|order|research|review|investigate"
    r"|update|post|publish|notify|inform|schedule|meet\s+with|bring|present|report|provide|circulate|work\s+(?:on|with))\b|"
    r"(?<!\bthan\s)(?<!\bnot\s)(?<!\bof\s)\bspend\s+(?:up\s+to\s+|no\s+more\s+than\s+)?[£$€]|\baward\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:prize|grant)\b|"
    r"purchas(?:e|es|ed|ing)\b(?!\s+(?:price|order|ledger)\b)|\bbuy(?:s|ing)?\s|install\b|(?:replac(?:e|es)|repairs?)\s+(?:the|a|an|its|their|all|two|three|some)\s|attend\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,5}?(?:conference|event|workshop|seminar|training|session|course|launch|forum|briefing)\b|"
    r"\bsell\s+(?:the|said|a|an|its|this|that|these|those)\s|"
    r"be\s+(?:bought|ordered|commissioned|organi[sz]ed|arranged|installed|fitted|replaced|repaired|erected|renewed|issued|(?:re-?)?advertised)\b|serve\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?notice\b|"
    r"(?:changes|amendments|corrections|alterations)\s+(?:to\s+be|be)\s+made\b|be\s+tasked\s+(?:with|to)\b|\btask(?:s|ed)?\s+(?:the|its|our)\s+(?:[\w&'’-]+\s+){0,5}?with\s+[a-z]+ing\b|check\s+(?:on|with|into|whether|if)\b|"
    r"(?<!\bthe\s)(?<!\ban\s)(?<!\bin\s)\border\s+(?:a|an|the|new|some|more|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?=(?-i:[a-z]))|"
    r"get\s+(?:a\s+|an?\s+updated\s+|three\s+|some\s+|further\s+)?quot(?:e|es|ation|ations)\b|"
    r"(?:form(?:ed)?|set\s+up|establish(?:ed)?|create[ds]?|(?:establishment|creation|formation)\s+of)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:task\s+force|working\s+group|group"
    r"|sub-?committee|committee|board|panel|forum)\b|participate\s+in\s+(?:the|a|an)\s|"
    r"advert(?:isement)?s?\s+(?:be|to\s+be|would\s+be)\s+placed|place\s+an?\s+advert|"
    r"recommendation\s+to\s+(?:the\s+)?(?:full\s+|parish\s+|town\s+|county\s+|city\s+|district\s+|borough\s+)?(?:council|cabinet|executive)\b|submission\s+(?:be|to\s+be)\s+made\b|"
    r"(?:applications?|representations?|bids?|complaints?|claims?|objections?)\s+(?:be|is\s+to\s+be|to\s+be|should\s+be)\s+(?:made|lodged)\s+to\b|"
    r"enter\s+into\s+(?:negotiations|discussions|talks|an?\s+(?:agreement|contract|lease))\b|for\s+(?:public\s+|statutory\s+|formal\s+)?consultation\b|(?:for|on)\s+public\s+exhibition\b|"
    r"(?:be|being)\s+consulted\s+on\b|out\s+to\s+(?:public\s+)?consultation\b|"
    r"be\s+taken\s+(?:back\s+)?to\s+(?:the\s+|a\s+|its\s+|full\s+)?(?:[\w'’-]+\s+){0,3}?(?:meeting|council|cabinet|committee|board|panel|executive|commission)\b|"
    r"(?<!\bas\s)recommend(?:s|ed)?\b(?!ations?)(?!\s+(?!(?:to|that|the|for|approval|refusal|adoption|acceptance|rejection|deferral|it|its|their|them|a|an|this|these|those|any|all|no|not|members|officers|councillors|further)\b)(?-i:[a-z]))|refer(?:s|red)?\s+(?:(?:the|this|that|these)\s+(?:[\w-]+\s+){0,3}?|(?:it|them)\s+)?to|(?:be|is)\s+referred|delegat(?:e|es|ed)|authori[sz](?:e|es|ed)\s+(?:the|officers)|"
    r"instruct(?:s|ed)?|be\s+scheduled\b(?!\s+to\s+take\s+place\b)|(?:be|is|are|was|were)\s+directed\s+to\s+(?!(?:the|a|an|this|that|all|any|its|their)\b)(?-i:[a-z])[a-z]*|(?:was|were)\s+told\s+to\b|prepar(?:e|es)\b|produc(?:e|es)\b|(?:prepared|produced)\b(?!\s+by\b)|undertak(?:e|es)\b|undertaking\s+(?:a|an)\s|be\s+undertaken|seek(?:s)?|sought|(?-i:send)|sent\s+to|"
    r"contact(?:s|ed)?\s+(?!for\b|point|details|number)|consult(?:s)?\s+(?:with\s+)?(?:the\s+)?(?-i:[A-Z])\w*|be\s+consulted|liais(?:e|es|ed)|feed\s*back|forward(?:ed)?\s+to|work\s+programme|forward\s+plan|"
    r"future\s+(?:meeting|commission|committee|panel|board|session|reports?|updates?|agendas?)|next\s+(?:(?:scheduled|ordinary|available|formal|full|regular)\s+)?meeting|subsequent\s+(?:[\w-]+\s+){0,3}meeting|next\s+agenda|later\s+date|report\s+back|"
    r"(?:receives?|given|give|have|require[sd]?)\s+(?:(?:(?:an?|further|detailed|progress|regular|annual|written|verbal|quarterly|monthly|six-monthly|yearly|periodic)\s+){1,3}(?:update|report|briefing|presentation)s?|(?:updates|reports|briefings|presentations)\b)|"
    r"(?:update|report|briefing|information)s?\s+(?:be|to\s+be)\s+(?:provided|brought|circulated|given|presented|submitted|shared|made)|"
    r"(?<!\bcould\s)(?<!\bmight\s)(?<!\bmay\s)be\s+(?:considered\s+and\s+)?(?:incorporated|included|built)\s+in(?:to)?\s+(?:the|a|an|its|their)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:report|plan|policy|strategy|response|programme|budget|document|draft|submission)\b|"
    r"be\s+(?:(?:approved|agreed|adopted|accepted|endorsed|finalised|finalized)\s+and\s+)?(?:reviewed|revised|amended|updated|published|submitted|presented|implemented|explored|changed|reflected\s+in|(?:factored|fed)\s+into|taken\s+into\s+account|(?:considered|discussed)\s+(?:by|at)\s+(?:the|a|its)\s|(?:removed|deleted|taken\s+off)\s+from\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:programme|log|tracker|list|sheet|register|plan|agenda)\b|considered\s+for\s+(?:approval|adoption|endorsement|ratification)\s+by\s|considered\s+as\s+part\s+of)|"
    r"(?<!to\s)include[s]?\s+(?:an?\s+|the\s+)?(?:report|update|item|presentation|briefing|members|councillors)\b|"
    r"added\s+to|put\s+(?:onto|on\s+to|on)\s+(?:the|a)|\bcontinue\s+(?:the\s+|this\s+|its\s+|their\s+)?(?:discussion|discussing|to\s+discuss)\b|(?:delete|remove)\s+the\s+items?\s+(?:on|from|relating|regarding|about)\b|include[sd]?\s+(?:in|on)\s+the\s+(?:work|forward)|"
    r"include[sd]?\s+(?:in|on)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:programme|agenda)\b|"
    rf"{ONTO_PROGRAMME}|"
    r"(?<!\bnothing\s)(?<!\bnothing\sfurther\s)to\s+(?:provide|circulate|share|write(?!\s+off\b)|arrange|investigate|report|bring|review|contact|send|prepare|update|draft|progress|take\s+forward|take\s+all)\b|\bproposals?\s+to\s+consult\b|\bagree[sd]?\s+to\s+consult\b|"
    r"take\s+(?:all\s+)?(?:necessary\s+)?(?:steps|action)|progress(?:es)?\s+the|monitor|negotiat(?:e|es|ed)|"
    r"implement(?:s)?\b|(?:be|being)\s+implemented|procur(?:e|es|ed)|obtain(?:s)?|be\s+obtained|finalis(?:e|es|ed)|pursu(?:e|es|ed)|lobby|apply\s+for|bid\s+for|publicis(?:e|es|ed)|"
    r"(?:be|is|are)\s+authori[sz]ed\s+to|place\s+(?:the|an|a)\s+order|notify|inform\s+the|be\s+(?:notified|informed|made\s+aware)\b|"
    r"be\s+(?:noted\s*/\s*)?actioned\b|(?<!\bnothing\s)(?<!\bnothing\smore\s)(?:should|will|would|shall)\s+be\s+(?:done|carried\s+out)\b|standing\s+item\s+(?:on|for)\s+(?:the|its|their|each|every|all|future)\b|"
    r"keep\s+(?:[\w'’-]+\s+){1,4}?(?:informed|updated|advised|briefed)|be\s+kept\s+(?:fully\s+)?(?:informed|updated|advised|briefed)\b|"
    r"recommendation\s+(?:should\s+|would\s+|to\s+)?be\s+made\s+to\b|"
    r"available\s+(?:for|at)\s+(?:the\s+)?(?:next|future|(?-i:[A-Z])[a-z]+(?:\s+\d{4})?)\s+meeting\b|"
    r"arrangements?\b[^.;]{0,80}\b(?:be|are|is|to\s+be)\s+(?:made|put\s+in\s+place)|"
    r"be\s+(?:given|offered)\s+(?:the\s+|an\s+)?(?:opportunity|chance|option)|"
    r"(?:(?:further|additional|extra|special)\s+(?:[\w-]+\s+){0,3}?meetings?|site\s+(?:meeting|visit)s?)\b[^.;]{0,60}?\b(?:be|is|are)\s+(?:held|arranged|convened|made)|"
    r"be\s+e-?mailed\b|e-?mails?\s+(?:all\s+|the\s+)?(?:members|councillors|officers|partners|residents|schools|the\s+\w+)|"
    r"amend\s+(?:item|minute|paragraph|section|page|the\s+(?:minutes|terms|draft|wording|record|document|constitution|policy))|"
    r"^(?:that\s+)?subject\s+to\s+(?:the\s+|an?\s+)?amendments?\s+(?:of|to)\s+the\s+minutes\b|"
    r"(?:be\s+)?made\s+publicly\s+available|make\s+(?:[\w'’-]+\s+){0,8}?publicly\s+available|publish|for\s+publication|(?:approves?|approved|agrees?|agreed)\s+(?:to\s+)?(?:the\s+)?publication\s+of\b|"
    r"suppl(?:y|ied)\s+with|communicat(?:e|ed|es)\s+to|be\s+required\s+to|be\s+received\s+(?:at|by)\s+(?:each|every|the\s+next|a\s+future|future|all\s+future)|"
    r"be\s+drawn\s+up|(?:group|party|force|panel)\b[^.;]{0,80}?\s(?:be|to\s+be|is\s+to\s+be)\s+(?:set\s+up|established|formed|convened)|"
    r"(?:is|are)\s+(?:also\s+)?reported\s+(?:annually|quarterly|regularly|back|to\s+(?:the|this|a|each|every))\b|"
    r"be\s+subject\s+to\s+(?:an?\s+)?(?:annual\s+|further\s+|formal\s+)?review\s+(?:after|in|within|at|by)\b|"
    r"(?:will|would|shall)\s+be\s+responsible\s+for\s+(?-i:[a-z]+ing)\b|(?:will|would)\s+(?:be\s+attending|attend)\b|"
    r"\bconsider\b[^.;]{0,80}?\bas\s+part\s+of\s+(?:the\s+)?(?:consideration|setting|preparation|review)\s+of\b|\bfor\s+implementation\b|"
    r"\bofficers\s+(?:would|will)\s+ensure\b|\bensure\s+that\s+(?:a\s+|the\s+)?(?:responses?|replies|feedback|letters?|reports?|information|updates?)\b|"
    r"refer(?:s|red)?\s+(?:[\w'’-]+\s+){0,4}?back\s+to\b|"
    r"(?:review|audit|inspections?|survey|investigation|assessment|evaluation|site\s+visits?)\s+(?:[\w'’-]+\s+){0,6}?(?:should\s+|will\s+|would\s+|shall\s+|to\s+)?take\s+place|"
    r"advise\s+(?:the\s+)?(?-i:[A-Z])\w*|(?:discussions|negotiations|talks|dialogue)\s+(?:[^.;]{1,80}?\s)?(?:continue|be\s+continued)|"
    r"(?:be|is|are)\s+(?:progressed|actioned|followed\s+up)|\bbe\s+picked\s+up\s+(?:at|in|within|as\s+part\s+of|through)\b|(?:regular|quarterly|further|progress)\s+updates?\s+to\s+(?:the|this|future)|"
    r"(?<!authori[sz]ed\s)(?<!\bauthority\s)(?:to|and)\s+issue\s+(?:a|an|the)\s(?!(?:issue|matter)\b))\b",
    re.I,
)


_GIVEN_TO = r"(?P<who>(?-i:[A-Z][a-z]+|[A-Z]{2,3})(?:\s*[/&]\s*(?-i:[A-Z][a-z]+|[A-Z]{2,3}))*):\s+"
"""Who a notes-style task is given to, before a colon: "Roland: ", "Luther/Valentine: ", "AT: "."""
TASK_FIRST = re.compile(
    rf"^(?:{_GIVEN_TO})?(?:to\s+)?(?:review|increase|encourage|develop|create|introduce|establish|promote|engage|undertake|commission"
    r"|deliver|improve|expand|strengthen|provide|prepare|circulate|contact|investigate|implement|arrange|organi[sz]e"
    r"|draft|produce|determine|survey|display|install|explore|identify|obtain|liaise|chase|write\s+to|seek|make"
    r"|send|update|work\s+out|sort\s+out|set\s+up|look\s+into|follow\s+up|find|check|prioriti[sz]e|add|go\s+ahead)\s+(?!(?:of|in|on|for|by|from|to|was|were|is|are|has|had|and)\b)(?=\S)",
    re.I,
)
"""A point that opens with the work to be done ("Review fees and charges ...", "Increase engagement
with older children ..."), as a list of recommendations approved "as set out below" gives them, or
with who does it before a colon, as meeting notes assign tasks ("Roland: Make two more pigeonholes",
"Luther/Valentine: Sort out the questions for visitors")."""


PASSIVE_TASK = re.compile(
    r"^(?!(?:the\s+|an?\s+)?(?:next|following|annual|special|extraordinary)\s+(?:[\w-]+\s+)?meeting\b)"
    r"(?:(?!(?:that|which|who|yet|continues?|continued|offers?|is|are|was|were|will|would|should|could|may|has|have|had)\b)"
    r"[\w'’&,-]+\s+){1,10}?to\s+be\s+(?:(?:re-?)?(?!(?:noted|held|signed|received|accepted|approved|adopted|agreed|confirmed"
    r"|ratified|elected|appointed|co-?opted|paid|kept|retained|deferred|considered|discussed|welcomed|thanked|noticed)\b)"
    r"(?-i:[a-z]{3,})ed|taken|done|put|cut|sent|given|brought|written|sought|built|bought|swept|mown)\b",
    re.I,
)
"""A note's task in the passive, with no verb of its own before it ("Limestone goals to be taken down
and taken to Rangers.", "Basket swing screws at St Mary's Park to be tightened by Mr Savage."); not a
meeting fixed ("The next meeting to be held on ...") nor what is done there and then ("Minutes to be
signed")."""


def named_task(text: str) -> str | None:
    """Who a task opening "Name: <the work>" is given to."""
    task = TASK_FIRST.match(text) if ":" in text[:40] else None
    return task.group("who") if task is not None else None
