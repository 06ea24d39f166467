"""What a remote bulk run has done so far, kept beside its output so that a run stopped at any
point goes on where it was: ``<output>.remote.json`` (small, written whole to a temporary file
and renamed into place), and ``<output>.remote.d/`` (the request lines converted for the
service, one file a part, and the results downloaded).

A *part* is one dataset and one batch inference job: the requests of one model (a job has one
model), split further where a dataset would pass the service's size limit. Its dataset's and
job's ids are chosen, and recorded, before they are created: a run stopped after a create
finds the resource by its id instead of making a second one.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from fireworks_client.bulk._output import BulkOutputError

__all__ = ["Part", "RemoteState", "clear", "state_paths"]

_VERSION = 1


@dataclass(slots=True)
class Part:
    file: str  # the converted lines, under the work directory
    model: str
    lines: int
    dataset: str  # the dataset id
    job: str  # the job id: the last of the chain when a job expired and was continued
    dataset_name: str | None = None  # "accounts/a/datasets/x", once created
    uploaded: bool = False
    job_created: bool = False
    continued_from: str | None = None  # the job name the current job continues
    continuations: int = 0
    written: bool = False  # its results are in the output


@dataclass(slots=True)
class RemoteState:
    input: str  # the input file's absolute path
    round: str  # names this round's datasets and jobs
    parts: list[Part] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path) -> RemoteState | None:
        try:
            text = path.read_text()
        except FileNotFoundError:
            return None
        try:
            data: Any = json.loads(text)
            if data.get("version") != _VERSION:
                raise ValueError(f"version {data.get('version')!r}, not {_VERSION}")
            return cls(
                input=str(data["input"]),
                round=str(data["round"]),
                parts=[Part(**part) for part in data["parts"]],
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise BulkOutputError(
                f"{path}: not a remote run's state ({exc}); remove it to start the run over "
                "(its datasets and jobs stay on the service)"
            ) from None

    def save(self, path: Path) -> None:
        """Written whole, then renamed into place: a crash leaves the old state or the new."""
        data = {"version": _VERSION, "input": self.input, "round": self.round}
        data["parts"] = [asdict(part) for part in self.parts]
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            with temporary.open("w") as file:
                json.dump(data, file, indent=1)
                file.write("\n")
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, path)
        except OSError as exc:
            temporary.unlink(missing_ok=True)
            raise BulkOutputError(
                f"{path}: cannot record the remote run's state ({exc.strerror})"
            ) from exc


def state_paths(output: Path) -> tuple[Path, Path]:
    """The state file and the work directory of the run writing ``output``."""
    return output.with_name(output.name + ".remote.json"), output.with_name(
        output.name + ".remote.d"
    )


def clear(state_file: Path, work: Path) -> None:
    """The round is over: its state and work files go (the service keeps its datasets)."""
    state_file.unlink(missing_ok=True)
    with contextlib.suppress(FileNotFoundError):
        shutil.rmtree(work)
