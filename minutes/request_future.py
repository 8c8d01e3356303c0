"""The forms of a follow-up still to come: somebody will do it, has it in hand, or it is to be done
(a note with no verb of its own, "Clerk to ..."). minutes/request_forms.py puts them in its table,
after the requests and undertakings and before the suggestions."""

from __future__ import annotations

from minutes.gated import Form
from minutes.request_words import (
    DOER,
    FOLLOW_UP_PP,
    FOLLOW_UP_VERB,
    PERSON_NAME,
    STATE,
    RequestForm,
)

_THEN_VERB = (
    r"(?:\s*,[^,]{1,100},\s*|\s+)(?:(?:also|then|now|again|personally|be|duly|shortly|promptly|soon)\s+)?"
    rf"(?:(?:begin|start|continue)\s+(?:to\s+)?)?(?:{FOLLOW_UP_VERB}|decide\s+(?:how|whether|on|what|which|when|who|the)\b|[a-z]+ing\b)"
)
"""After "will": what is done ("will, as agreed, write", "will shortly begin drafting", "will decide how")."""
_COULD_DO = r"(?:provide|circulate|send|share|forward|supply|arrange|bring|e-?mail|look\s+into|report\s+back|come\s+back)\b"

FUTURE_FORMS: tuple[RequestForm, ...] = (
    RequestForm(
        "will_do",
        Form.either(
            Form(
                rf"{DOER}\s+(?:(?:also|then|now|again)\s+)?(?:would|will|shall|is\s+going\s+to|are\s+going\s+to)"
                rf"{_THEN_VERB}",
                words=("would", "will", "shall", "going"),
                hint=rf"\b(?:would|will|shall|going\s+to){_THEN_VERB}",
            ),
            Form(
                rf"(?:(?:^|(?<=[.!?]\s))(?:would|(?-i:W)ill)|\band\s+(?:would|will))\s+(?:also\s+)?{FOLLOW_UP_VERB}",
                words=("would", "will"),
            ),
            Form(
                r"\b(?:would|will)\s+(?:receive|produce)\s+(?:an?\s+)?(?:further\s+|progress\s+)?(?:update|report|briefing)\b",
                words=("receive", "produce"),
            ),
            Form(
                r"\b(?:were|was|is|are)\s+(?:expecting|intending|planning)\s+to\s+(?:bring|present|submit|provide|circulate|report)\b",
                words=("expecting", "intending", "planning"),
            ),
            Form(
                rf"{DOER}\s+(?:will|would)\s+(?:consider|look\s+at|think\s+about|reflect\s+on)\s+(?:this|it|that"
                r"|the\s+(?:matter|point|suggestion|request|issue|query|question))\b",
                words=("consider", "look", "think", "reflect"),
                hint=r"\b(?:will|would)\s+(?:consider|look\s+at|think\s+about|reflect\s+on)\s",
            ),
            words=("would", "will", "shall", "going", "expecting", "intending", "planning"),
            hint=rf"\b(?:expecting|intending|planning)\s+to\s|\b(?:would|will|shall|going\s+to)(?:\s*,[^,]{{1,100}},\s*|\s+)(?:(?:also|then|now|again|personally|be|duly|shortly|promptly|soon)\s+)?"
            rf"(?:(?:begin|start|continue)\s+(?:to\s+)?)?(?:{FOLLOW_UP_VERB}|decide\s+(?:how|whether|on|what|which|when|who|the)\b|[a-z]+ing\b)|\b(?:would|will)\s+(?:receive|produce)\s"
            r"|\b(?:will|would)\s+(?:consider|look\s+at|think\s+about|reflect\s+on)\s",
        ),
        examples=(
            "Councillor Hart said he had not heard of this and would write to the company.",
            "He would forward the answer to the residents.",
            "Mr Bradshaw had received responses from all CCGs and will produce a report for next month's meeting.",
            "Would find out which schools took part.",
            "The Clerk will make a bank transfer for £42.50 to the hall trust.",
            "AL will draw up a short note on ways to reach younger patients.",
            "The working group are going to sort the protocols into groups.",
            "Ms Okafor will begin drafting the volunteer role description.",
            "The Clerk will start to collect quotes for the new bench.",
            "The Chairman and Vice-Chairman will decide how the vacancy is advertised.",
            "Will report back on the tenancy figures at the next meeting.",
            "The Vice-Chair will consider the matter with the finance officer.",
            "Dana K will follow up on the grant as a member.",
            "The Council will study the report before its next meeting.",
            "The advisory group met Councillor Venton and will report back.",
            "Dr Rowe would keep the Board informed of progress.",
            "The auditors were expecting to bring a report to the next meeting in September.",
            "The Clerk would advertise the vacancy before the next meeting.",
            "Cllr Body will continue to liaise with the network operator about the works.",
            "SK will record the action items and circulate them.",
            "LG will get in touch with the solicitor about the lease.",
            "The officers would correct the dates in the table before publication.",
            "Ms Nerland indicated that staff would take care of the posting for the hearing.",
            "Wendy will work with the group on the fete programme.",
            "She will talk to the treasurer about the grant payments.",
            "Hannah will come back to this issue.",
            "Once the refurbishment is completed the PDS will promote the new pump.",
            "The board will double check the figures that have been uploaded.",
            "Tim will reach out to the social media team about the review backlog.",
            "Emma will reschedule the site visit.",
            "Adele Taylor would get clarification for Councillor Price.",
        ),
        counter=(
            "If complaints rose again, officers would speak to the operator about the contract.",
            "It would be useful to have the figures.",
            "An officer will attend as soon as possible after any complaint.",
            "The new rates will begin in April.",
            "Members will decide at a later date.",
            "We will monitor and evaluate the impact this has on helping people.",
            "Nobody knew what Covid would produce in demand for the services.",
            "The new system will work with the old one until March.",
        ),
        why="Somebody will do something: a follow-up in the future tense.",
    ),
    RequestForm(
        "in_hand",
        Form(
            rf"(?:^|(?<=[.!?;]\s)|(?<=\bthat\s))(?:{PERSON_NAME}|he|she)\s+(?:is|are)\s+(?:still\s+|currently\s+|now\s+)?"
            r"(?:arranging|organi[sz]ing|working\s+on|pursuing|asking|looking\s+into|preparing|drafting|chasing|investigating"
            r"|liaising|following\s+up|seeking|obtaining|contacting|setting\s+up)\b",
            words=(
                "arranging",
                "organising",
                "organizing",
                "working on",
                "pursuing",
                "asking",
                "looking into",
                "preparing",
                "drafting",
                "chasing",
                "investigating",
                "liaising",
                "following up",
                "seeking",
                "obtaining",
                "contacting",
                "setting up",
            ),
            hint=r"\b(?:is|are)\s+(?:still\s+|currently\s+|now\s+)?(?:arranging|organi[sz]ing|working\s+on|pursuing|asking"
            r"|looking\s+into|preparing|drafting|chasing|investigating|liaising|following\s+up|seeking|obtaining|contacting|setting\s+up)\b",
        ),
        examples=(
            "Cllr Bunney reported that he is arranging a meeting with the police to discuss local issues.",
            "Sara Morgan is working on finding a replacement.",
            "Cindy is asking Pat and Sara to update the names.",
        ),
        counter=(
            "The Council is working on the Local Plan.",
            "Members are seeking reassurance that the service is safe.",
        ),
        why="A named person with a task in hand, told in the present: a follow-up to ask about next time.",
    ),
    RequestForm(
        "named_will_do",
        Form(
            rf"(?:^|(?<=[.!?;]\s)|(?<=\bsaid\s))(?:{PERSON_NAME}|he|she)\s+(?:will|would)\s+"
            rf"(?!{STATE}|attend|chair|stand|retire|leave|join|miss|serve|resign|step|return\b|speak\s+at"
            r"|present\s+(?:the|his|her))(?-i:[a-z]{3,})\b",
            words=("will", "would"),
            hint=r"(?:^|[.!?;]\s|\bsaid\s)(?:(?:mr|mrs|ms|miss|dr|cllr|councillor)\.?\s+)?[\w'’-]+(?:\s+[\w'’-]+)?"
            r"\s+(?:will|would)\s+[a-z]{3,}",
        ),
        examples=(
            "Sharon will maintain the accounts in the interim.",
            "Mr Smith said he would control the times the vehicle was used.",
        ),
        counter=(
            "John will be away in August.",
            "Ann will chair the next meeting.",
            "How would archive material be stored?",
        ),
        why="A person named as the one who will do something, whatever the verb (will_do lists the verbs of a role's follow-up).",
    ),
    RequestForm(
        "will_be_done",
        Form.either(
            Form(
                rf"\b(?:will|would|shall)\s+(?:(?:also|then|again|now|first)\s+)?(?:need\s+to\s+|have\s+to\s+)?be\s+"
                rf"(?:(?:also|further|formally|again)\s+)?{FOLLOW_UP_PP}",
                words=("will", "would", "shall"),
            ),
            Form(
                r"(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwhat\s)(?<!\bit\s)\bcould\s+be\s+(?:provided|circulated|sent|shared|given\s+at|brought|presented"
                r"|reported|forwarded|e-?mailed)\b",
                words=("could",),
            ),
            Form(
                rf"{DOER}\s+could\s+{_COULD_DO}",
                words=("could",),
                hint=rf"\bcould\s+{_COULD_DO}",
            ),
            Form(
                rf"\b(?:is|are)\s+(?:(?:also|now|still)\s+)?(?:to\s+be|being)\s+(?:(?:also|further)\s+)?{FOLLOW_UP_PP}",
                words=("to be", "being"),
            ),
            Form(
                rf"\b(?:was|were)\s+(?:also\s+)?to\s+be\s+(?:(?:also|further)\s+)?{FOLLOW_UP_PP}",
                words=("to be",),
            ),
            Form(r"\binvitations?\s+(?:would|will)\s+be\s+(?:extended|sent)\s+to\b", words=("invitation",)),
            Form(
                r"\b(?:site\s+visit|meeting|workshop|briefing|training\s+session)\s+(?:is|has\s+been|had\s+been)\s+(?:now\s+)?(?:scheduled|arranged|planned|booked)\s+for\s+"
                r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d|the\s+\d|next\b|early\b|late\b|mid\b|(?-i:[A-Z][a-z]+\s+\d))",
                words=("scheduled", "arranged", "planned", "booked"),
            ),
            Form(rf"\bit\s+(?:was|is)\s+intended\s+to\s+{FOLLOW_UP_VERB}", words=("intended",)),
            Form(
                r"\b(?:will|would)\s+(?:now\s+|then\s+|shortly\s+|soon\s+)?go\s+out\s+(?:to\s+(?:the\s+)?(?:community|public|residents|members|parents|consultation)|for\s+consultation)\b",
                words=("go out",),
            ),
            Form(
                rf"\b(?:will|would)\s+be\s+(?-i:[a-z]{{3,}}ed)\s+(?:(?:as\s+necessary|once\s+more|again|shortly)\s+)?by\s+(?:the\s+)?(?:{PERSON_NAME}|clerk|chair(?:man)?|secretary|treasurer|officers)\b",
                words=("will", "would"),
                hint=r"\b(?:would|will)\s+be\s+[a-z]{3,}ed\s+(?:(?:as\s+necessary|once\s+more|again|shortly)\s+)?by\s",
            ),
            Form(
                r"\b(?:will|would)\s+be\s+on\s+the\s+agenda\s+(?:for|of|at)\s+(?:the\s+)?(?:next|future|\w+)\s+meeting\b",
                words=("agenda",),
            ),
            Form(
                r"\b(?:will|would)\s+be\s+available\s+(?:by|at|for)\s+the\s+next\s+(?:[\w-]+\s+){0,2}meeting\b",
                words=("available",),
            ),
            Form(
                r"\b(?:a\s+)?meeting\s+(?:had|has)\s+(?:now\s+)?been\s+(?:arranged|scheduled|set\s+up)\s+with\b",
                words=("been",),
            ),
            Form(
                rf"{DOER}\s+(?:is|are)\s+to\s+{FOLLOW_UP_VERB}",
                words=("is", "are"),
                hint=rf"\b(?:is|are)\s+to\s+{FOLLOW_UP_VERB}",
            ),
            Form(r"\bdiscussions?\s+(?:will|would|is\s+to|are\s+to)\s+be\s+held\b", words=("discussion",)),
            Form(
                r"\b(?:discussions?|talks|negotiations)\s+(?:would|will)\s+(?:take\s+place|continue)\s+with\b",
                words=("discussion", "talks", "negotiations"),
            ),
            Form(
                r"\b(?:letter|e-?mail|notice|reminder|survey|questionnaire)s?\s+(?:would|will)\s+(?:shortly\s+|soon\s+)?go\s+out\b",
                words=("go out",),
            ),
            Form(
                r"\b(?:updates?|reports?|information|details|figures|breakdown|analysis|data)\s+(?:[\w'’-]+\s+){0,4}?(?:will|would)\s+be\s+included\s+in\b",
                words=("included",),
            ),
            Form(
                r"\b(?:will|would)\s+(?:also\s+)?(?:need|require)\s+(?:further|more|some)\s+(?:investigation|consideration"
                r"|discussion|checking|research|exploration)\b",
                words=("need", "require"),
            ),
            Form(
                r"\bthere\s+(?:would|will)\s+be\s+an?\s+(?:[\w-]+\s+){0,2}(?:report|update|briefing)\s+"
                r"(?:coming|brought|presented|going)\s+to\b"
                r"|\bthere\s+(?:would|will)\s+be\s+an?\s+(?:item|report|update)\s+on\s+[^.;]{3,80}?\s+at\s+the\s+(?:next|future|\w+)\s+meeting\b",
                words=("there",),
            ),
            Form(
                r"\b(?:will|would|is\s+to|are\s+to)\s+be\s+on\s+the\s+(?:next|future|\w+\s+meeting['’]s)\s+agenda\b",
                words=("agenda",),
            ),
            words=(
                "will",
                "would",
                "shall",
                "could",
                "to be",
                "being",
                "is to",
                "are to",
                "discussion",
                "need",
                "require",
                "been",
                "intended",
                "scheduled",
                "arranged",
                "planned",
                "booked",
            ),
            hint=rf"\b(?:will|would|shall|is|are|was|were)\s+(?:[a-z]+\s+){{0,3}}?(?:be|being)\s+(?:(?:also|further|formally|again)\s+)?"
            rf"{FOLLOW_UP_PP}|\b(?:is|are)\s+to\s+{FOLLOW_UP_VERB}|\bdiscussions?\s|\bthere\s+(?:would|will)\s+be\s"
            r"|\b(?:would|will)\s+(?:take\s+place|continue|(?:shortly\s+|soon\s+)?go\s+out)\b"
            r"|\binvitations?\s|\b(?:scheduled|arranged|planned|booked)\s+for\b|\bintended\s+to\s|\bgo\s+out\s|\b(?:would|will)\s+be\s+[a-z]{3,}ed\s+(?:(?:as\s+necessary|once\s+more|again|shortly)\s+)?by\s|\bbe\s+on\s+the\s+agenda\s|\bbe\s+available\s|\bbeen\s+(?:arranged|scheduled|set\s+up)\s+with\b"
            r"|\b(?:need|require)\s+(?:further|more|some)\s|\bbe\s+included\s+in\b|\bbe\s+on\s+the\s|\bcould\s+(?:be\s+)?(?:provide|circulate|send|share|forward|supply|arrange|bring|e-?mail|look|report|come|given|brought|presented|reported|forwarded|e-?mailed)",
        ),
        examples=(
            "A second quote for the guttering is to be obtained.",
            "Spare keys for all key holders will be obtained.",
            "Further discussions would take place with the LGA on taking this forward.",
            "The Headteacher confirmed that a letter would shortly go out to parents explaining the system.",
            "The completion of this work would be monitored.",
            "An update on the speed watch scheme would be requested for the October meeting.",
            "Cllr Hossack advised that a report was to be brought to the 21 October Policy Committee meeting.",
            "The gang mowers were fully operational, and would be adjusted by PJB.",
            "DP confirmed this would be on the agenda for next meeting.",
            "He expected that this analysis would be available by the next Board meeting.",
            "A meeting had been arranged with Inspector Jones to discuss these issues.",
            "The Chairman advised that an invitation would be extended to the Lead Monitoring Officer.",
            "A site visit is scheduled for Wednesday June 22 at 10 AM.",
            "It was explained that it was intended to advertise for members to the Standards Committee after the summer.",
            "The survey report will now go out to the community for consultation.",
            "The committee recommendations will be finalized at the next meeting.",
            "A new grass-cutting firm is being sought.",
            "The bench by the pond will also be replaced.",
            "The survey results would be reported on at the next meeting of the Panel.",
            "The damp in the vestry had come back and would need further investigation.",
            "Future progress updates on these projects would be included in the maintenance progress reports.",
            "The Head of Service responded that a list of live reviews would be collated for members.",
            "There will be an item on plot inspections at the next meeting.",
            "The vacancies on the council will be on the next agenda for discussion.",
            "A sign is to be put up by the play area.",
            "It was noted that the plan would be re-considered at the January meeting.",
            "The matter would be referred to the Head of Environmental Services.",
            "Members were informed that the Corporate Plan would be added to the January meeting.",
            "The All-Member Briefing planned for November would be rescheduled.",
            "Payment will be processed for the hours worked.",
            "An update on the scheme could be given at the next meeting of the Board.",
            "Officers advised that they could provide a list of the fees and charges after the meeting.",
            "The draft work programme would be re-submitted to the Committee after the elections.",
            "The Chair noted the options would be looked at and reported back to Members.",
        ),
        counter=(
            "The car park will then be closed for resurfacing.",
            "The Cabinet Member supported any improvements that could be made to the phone line.",
            "Once the networks are established the seat on the Board could be reconsidered.",
            "If better standards existed, they could put them into the requirements.",
            "This was the last meeting of the year and further meeting dates would be circulated shortly.",
            "Work had been done on the impact on services, which would be included in the next draft.",
            "The works would take place in the school holidays.",
            "The old newsletter would continue until the new one was ready.",
            "The residents would be affected by the works.",
            "Additional funding to support the work was being sought through other organisations.",
            "The service would be extended to eight members of staff in November.",
            "Advance notice of substitution should be given to the host authority wherever possible.",
            "Members were informed that any comments on the recommendations should be made by 6 November.",
            "The meeting has been arranged for the convenience of members.",
            "The road would be closed by the Council for a week.",
        ),
        why="Something is to be done, told without saying by whom.",
    ),
    RequestForm(
        "to_be_done_heading",
        Form(
            r"(?:^|(?<=[.!?]\s)|(?<=\s[-–]\s))(?!(?:it|this|there)\b)(?:(?!(?:is|are|was|were|has|have|had|will|would|should|could|may|might|it|there)\b)"
            rf"[\w'’&/().,-]+\s+){{1,10}}?(?<!\bcontinued\s)(?<!\bcontinues\s)(?<!\bcontinue\s)to\s+be\s+(?:also\s+)?{FOLLOW_UP_PP}",
            hint=r"to be ",
        ),
        examples=(
            "Most common MRI protocols to be discussed at next meeting",
            "Bench repairs to be decided at a future meeting.",
            "No members able to attend – apologies to be sent",
            "Locations to be publicised.",
            "Copy of this report to be sent to members by Dr. Brown,",
            "Phone number for Andy James to be given to Jennifer.",
            "Separate account to be set up for the Beer Club.",
        ),
        counter=("The number of nurses and their roles continued to be monitored.",),
        why="A follow-up written as a note, with no verb of its own.",
    ),
    RequestForm(
        "to_do",
        Form(
            r"(?:^|[-–(:]\s*|,\s+|;\s+|[.?!]\s+)(?:the\s+)?(?:(?:mr|mrs|ms|miss|dr|cllr|councillor|pc)\.?\s+(?:[A-Z]\.?\s+)?"
            r"(?-i:[A-Z])[\w'’-]+|(?-i:[A-Z][a-z]+\s+[A-Z][a-z'’-]+)(?:\s+(?:and|&)\s+(?-i:[A-Z][a-z]+\s+[A-Z][a-z'’-]+))?|(?-i:[A-Z]{2,4})(?:['’]s)?(?:\s+(?-i:[A-Z]{2,4})(?:['’]s)?)?|(?:town\s+|parish\s+)?"
            r"(?:clerk|chair(?:man|person)?|secretary|treasurer|officers?|members|governors|councillors|trustees))"
            r"\s+to\s+(?:be\s+asked\s+to\s+)?(?!(?:the|a|an|this|that|be|consider|note|receive|discuss|debate|agree"
            r"|approve|comment|decide|determine|date|present|introduce|lead|chair|remain|stay|withdraw"
            r"|give\s+notice\s+of\s+(?:any\s+)?interests?)\b)(?-i:[a-z])[a-z]+\b",
            words=(" to ",),
        ),
        examples=(
            "Survey results on the website - KC to action",
            "Planning law update - half-day course (Clerk to attend)",
            "PC Dunn to monitor the parking in Mill Lane.",
            "Governors to give thought to meeting online in winter.",
        ),
        counter=(
            "Clerk to the Council: Ms A Byrne",
            "Members to consider the proposal.",
            "Members to give notice of any interest and the nature of that interest.",
            "BG to remain in attendance awaiting the outcome of the item.",
            "24/00312/FUL - Land Adj to Mill Farm Barn and 24/00340/OUT - Land at Hill Top Lane",
        ),
        why="An action note giving somebody a task.",
    ),
)
