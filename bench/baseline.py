"""An earlier commit's `serve`, measured beside this tree's in the same run (`--baseline REF`).

The commit's files are exported (`git archive`) into the bench's work directory and run with this
tree's virtualenv (same packages), on a copy of the same generated store of its own. A store made
by this tree's migrations is first taken down to the commit's newest migration, so the commit's
`serve` finds the schema it knows (its start-up upgrade is then a no-op).
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import tarfile
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory

from bench.harness import ROOT
from storage.migrate import alembic_config


@dataclass(frozen=True)
class Baseline:
    label: str
    """The ref as given and its short hash: `main (fa74573)`."""
    tree: Path

    def serve_command(self) -> list[str]:
        return [sys.executable, "-c", "import sys; from bot.cli import main; sys.exit(main())", "serve"]

    def head(self) -> str:
        script = ScriptDirectory(str(self.tree / "storage" / "migrations"))
        head = script.get_current_head()
        assert head is not None
        return head

    async def prepare(self, url: str) -> None:
        """Take a store of this tree's schema down to what the commit knows."""
        if self.head() != ScriptDirectory(str(ROOT / "storage" / "migrations")).get_current_head():
            await asyncio.to_thread(command.downgrade, alembic_config(url), self.head())


def export(ref: str, workdir: Path) -> Baseline:
    """The files of commit `ref`, in `workdir`."""
    sha = subprocess.run(
        ["git", "rev-parse", "--short", ref], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.strip()
    tree = workdir / f"baseline-{sha}"
    if not tree.exists():
        archive = subprocess.run(["git", "archive", sha], cwd=ROOT, check=True, capture_output=True).stdout
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(tree, filter="data")
    return Baseline(f"{ref} ({sha})" if ref != sha else sha, tree)
