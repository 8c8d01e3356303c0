"""An owner tag ("Action JH") under a paragraph of parish narrative: which of its sentences the tag
makes a task of."""

from __future__ import annotations

from tests.minutes.helpers import parish_doc


def test_a_tag_takes_the_sentences_that_go_on_from_the_task_with_the_task() -> None:
    doc = parish_doc(
        "7/31 Welcome pack",
        "Councillor Kate Hale will draft a welcome pack and circulate it for approval. It will then go out "
        "with the spring newsletter. Action KH.",
        "8/31 Verges",
        "The verges were discussed at length. It was decided by the council that residents should be asked whether they "
        "want wild flowers. This will then be on the agenda for May. Action KH.",
    )
    assert [(r.actionable, r.owner, r.text) for r in doc.resolutions] == [
        (
            True,
            "KH",
            "Councillor Kate Hale will draft a welcome pack and circulate it for approval. It will then go out "
            "with the spring newsletter.",
        ),
        (
            True,
            "KH",
            "It was decided by the council that residents should be asked whether they want wild flowers. "
            "This will then be on the agenda for May.",
        ),
    ]


def test_a_tag_under_a_single_following_sentence_keeps_only_that_sentence() -> None:
    doc = parish_doc(
        "9/31 Noticeboard",
        "The noticeboard glass is cracked. The Clerk will ask for a quote. Action KH.",
    )
    assert [(r.actionable, r.text) for r in doc.resolutions] == [(True, "The Clerk will ask for a quote.")]
