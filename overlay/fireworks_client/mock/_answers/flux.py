"""The mock's FLUX workflows: text-to-image with a real image, and Kontext's submit-then-poll
(a job is Pending on its first poll and Ready with its image on the next)."""

from __future__ import annotations

import base64
import hashlib
import threading
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from fireworks_client.mock._answers.common import BinaryResult, JsonResult, MockRequest, Result
from fireworks_client.mock._answers.image_files import encode_image, render_image
from fireworks_client.mock._answers.text import rng_for
from fireworks_client.mock._spec.errors import MockError

if TYPE_CHECKING:
    from fireworks_client.mock._models import ModelInfo

__all__ = ["KontextJobs", "flux_text_to_image", "kontext_result", "kontext_submit"]

_JSON = "application/json"
_SIDES = {  # aspect ratio -> (width, height), small: the mock's images are for tests
    "1:1": (64, 64),
    "16:9": (96, 54),
    "9:16": (54, 96),
    "21:9": (112, 48),
    "9:21": (48, 112),
    "3:2": (96, 64),
    "2:3": (64, 96),
    "4:3": (96, 72),
    "3:4": (72, 96),
    "5:4": (80, 64),
    "4:5": (64, 80),
}
_UNSAFE_WORD = "unsafe"  # a prompt containing it is moderated, as a test's lever


def _seed(prompt: str, given: Any) -> int:
    if isinstance(given, int) and given > 0:
        return given % 4294967296
    return int(hashlib.sha256(prompt.encode()).hexdigest()[:8], 16)


def _wanted(request: MockRequest) -> str:
    offered = [b.content_type for b in request.operation.success]
    for part in request.accept.split(","):
        media = part.split(";")[0].strip().lower()
        if media in offered:
            return media
    return "image/jpeg" if "image/jpeg" in offered else offered[0]


def flux_text_to_image(models: tuple[ModelInfo, ...], request: MockRequest) -> Result:
    body = request.body
    prompt = str(body["prompt"])
    seed = _seed(prompt, body.get("seed"))
    size = _SIDES.get(str(body.get("aspect_ratio") or "1:1"), (64, 64))
    image = render_image(*size, rng_for(prompt, seed))
    wanted = _wanted(request)
    if wanted == _JSON:
        data = encode_image(image, "image/png")
        return JsonResult(
            {
                "id": f"flux_{seed:08x}",
                "base64": base64.b64encode(data).decode(),
                "finishReason": "SUCCESS",
                "seed": seed,
            }
        )
    return BinaryResult(
        encode_image(image, wanted), wanted, {"Finish-Reason": "SUCCESS", "Seed": str(seed)}
    )


class KontextJobs:
    """Submitted Kontext jobs (at most ``capacity``, the oldest dropped first)."""

    def __init__(self, capacity: int = 1000) -> None:
        self.capacity = capacity
        self._jobs: OrderedDict[str, dict[str, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def submit(self, job: dict[str, Any]) -> str:
        with self._lock:
            job_id = f"kontext_mock_{len(self._jobs) + 1:08d}_{_seed(job['prompt'], None):08x}"
            self._jobs[job_id] = {**job, "polls": 0}
            while len(self._jobs) > self.capacity:
                self._jobs.popitem(last=False)
        return job_id

    def poll(self, job_id: str) -> dict[str, Any] | None:
        with self._lock:
            job = self._jobs.get(job_id)
            if job is not None:
                job["polls"] += 1
            return dict(job) if job is not None else None


def _jobs(request: MockRequest) -> KontextJobs:
    jobs = request.memory.get("kontext")
    if not isinstance(jobs, KontextJobs):
        raise TypeError("the mock app has no Kontext job list")
    return jobs


def kontext_submit(models: tuple[ModelInfo, ...], request: MockRequest) -> Result:
    model = str(request.params.get("model", ""))
    if model not in ("flux-kontext-pro", "flux-kontext-max"):
        raise MockError(
            404,
            f"Model not found: {model!r} (Kontext takes flux-kontext-pro or flux-kontext-max)",
            param="model",
            code="model_not_found",
        )
    body = request.body
    job = {
        "model": model,
        "prompt": str(body["prompt"]),
        "seed": body.get("seed"),
        "format": body.get("output_format") or "png",
    }
    return JsonResult({"request_id": _jobs(request).submit(job)})


def kontext_result(models: tuple[ModelInfo, ...], request: MockRequest) -> Result:
    job_id = str(request.body["id"])
    job = _jobs(request).poll(job_id)
    if job is None:
        return JsonResult({"id": job_id, "status": "Task not found", "result": None})
    if _UNSAFE_WORD in job["prompt"].lower():
        return JsonResult({"id": job_id, "status": "Request Moderated", "result": None})
    if job["polls"] < 2:
        return JsonResult({"id": job_id, "status": "Pending", "result": None, "progress": 50.0})
    seed = _seed(job["prompt"], job["seed"])
    media = "image/jpeg" if job["format"] == "jpeg" else "image/png"
    data = encode_image(render_image(64, 64, rng_for(job["prompt"], seed)), media)
    sample = f"data:{media};base64,{base64.b64encode(data).decode()}"
    return JsonResult(
        {
            "id": job_id,
            "status": "Ready",
            "result": {"sample": sample, "seed": seed},
            "progress": 100.0,
        }
    )
