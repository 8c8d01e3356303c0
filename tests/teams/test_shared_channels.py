"""A Teams channel shared with another tenant: a message from there neither moves the channel off
this tenant's committee nor rewrites the reference the committee's posts are sent with."""

from __future__ import annotations

from typing import Any

from storage import bindings
from tests.teams.conftest import CHANNEL, TENANT, Teams
from tests.teams.test_messages import card_text

OTHER = TENANT.replace("0001", "0999")


def _from_the_other_tenant(body: dict[str, Any]) -> dict[str, Any]:
    body["conversation"]["tenantId"] = OTHER
    body["channelData"]["tenant"]["id"] = OTHER
    body["from"]["aadObjectId"] = "aad-fay-other"
    body["serviceUrl"] = body["serviceUrl"].replace("127.0.0.1", "localhost")  # its tenant's region
    return body


async def _reference(teams: Teams) -> tuple[int | None, str | None]:
    async with teams.db.read() as s:
        found = await bindings.binding_for(s, platform="teams", channel_id=CHANNEL.split(";")[0])
        if found is None:
            found = (await bindings.platform_bindings(s, platform="teams"))[0]
    return found.committee_id, found.conversation_ref


async def test_another_tenant_neither_rebinds_nor_redirects_a_shared_channel(teams: Teams) -> None:
    await teams.send(teams.message("setup ASC", who="Sam Patel"))
    assert "now follows" in card_text(teams.connector.sent()[-1].body)
    before = await _reference(teams)
    assert before[0] is not None and "127.0.0.1" in (before[1] or "")

    await teams.send(_from_the_other_tenant(teams.message("all", who="Fay Other")))
    assert "Adult Social Care" not in card_text(teams.connector.sent()[-1].body)
    await teams.send(_from_the_other_tenant(teams.message('setup OTH "Other Scrutiny"', who="Fay Other")))
    assert await _reference(teams) == before, "before: the other tenant's reference replaced ours"
