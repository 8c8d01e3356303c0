"""`/actions export html` in a committee's channel, end to end through the real slack_sdk
`files_upload_v2`: files.getUploadURLExternal, the bytes to the upload URL, then
files.completeUploadExternal sharing the file with the person who asked (files:write)."""

from __future__ import annotations

from datetime import UTC, datetime

from storage import actions as store
from storage import committees, people
from tests.slack.conftest import SAM, Slack


async def test_export_html_in_a_channel_uploads_the_tracker_to_the_asker(slack: Slack) -> None:
    bound = await slack.answer(await slack.command("setup ASC", user=SAM))
    assert "now follows" in bound["text"]
    async with slack.db.transaction() as session:
        committee = await committees.get_committee(session, code="ASC")
        tom = (await people.find_people(session, name="Tom Reed"))[0]
        assert committee is not None and committee.id is not None
        await store.create_action(
            session,
            committee_id=committee.id,
            text="Report the day centre <attendance> figures",
            actor=None,
            now=datetime.now(UTC),
            assignee_id=tom.id,
        )
        await store.create_action(
            session,
            committee_id=committee.id,
            text="Settle the contract dispute with the provider",
            actor=None,
            now=datetime.now(UTC),
            restricted=True,
        )

    answer = await slack.answer(await slack.command("export html", user=SAM))
    await slack.settled()
    assert "I've sent you ASC-action-tracker-" in answer["text"] and answer["response_type"] == "ephemeral"
    [asked] = slack.fake.of("files.getUploadURLExternal")
    [sent] = slack.fake.of("upload")
    [done] = slack.fake.of("files.completeUploadExternal")
    assert asked.ok and sent.status == 200 and done.ok
    [upload] = slack.fake.uploads.values()
    assert upload.shared and upload.channel == "D" + SAM[1:]  # the DM the bot opened with the asker
    assert upload.filename.startswith("ASC-action-tracker-") and upload.filename.endswith(".html")
    assert upload.title == "Adult Social Care Scrutiny Commission: action tracker"
    assert upload.initial_comment is not None and "2 actions" in upload.initial_comment
    assert upload.content is not None and len(upload.content) == upload.length == int(asked.args["length"])
    page = upload.content.decode()
    assert page.startswith("<!DOCTYPE html>") and "Report the day centre &lt;attendance&gt; figures" in page
    assert "contract dispute" not in page and "Exempt item" in page
    assert 'title="needs an owner"' in page  # the exempt one has no owner: amber, and why
