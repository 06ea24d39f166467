"""generated/fireworks_api: complete, current, deterministic, and shipping its effective spec."""

from __future__ import annotations

import importlib
import json
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from codegen.effective_spec import ROOT, build, dumps, load_yaml
from codegen.generate import TARGET, _differences, _files, run_generator
from codegen.lazy_faces import make_lazy
from codegen.operations import effective_spec, operations


def test_the_generators_own_client_is_not_shipped() -> None:
    """fireworks_api offers models, parameters and the operations' description; the clients
    are fireworks_client's (the generator's per-operation functions, Client and errors are
    removed by make generate)."""
    names = {p.relative_to(TARGET).as_posix() for p in TARGET.rglob("*.py")}
    assert not {n for n in names if n.startswith("api/")}
    assert not names & {"client.py", "errors.py"}
    assert importlib.import_module("fireworks_api").__all__ == []
    assert {"models", "params", "operations", "resources"} <= {
        n.split("/")[0].removesuffix(".py") for n in names
    }


def test_every_operation_of_today_and_the_kept_ones_are_there() -> None:
    assert sorted(op.operation_id for op in operations()) == sorted(
        [
            "controlNet",
            "createEmbedding",
            "createFluxImage",
            "createKontextRequest",
            "createRerank",
            "create_chat_completion_v1_chat_completions_post",
            "create_completion_v1_completions_post",
            "create_response_v1_responses_post",
            "delete_response_v1_responses__response_id__delete",
            "generateImage",
            "getKontextResult",
            "get_response_v1_responses__response_id__get",
            "imageToImage",
            "listModels",
            "listResponses",
            *PLATFORM,
        ]
    )
    assert len(PLATFORM) == 92  # the platform document's operations, messages included


# Every operation of the platform document (upstream/fireworks-platform-4.259.0.yaml).
PLATFORM = sorted(
    op["operationId"]
    for item in load_yaml(ROOT / "upstream" / "fireworks-platform-4.259.0.yaml")["paths"].values()
    for op in item.values()
    if isinstance(op, dict) and "operationId" in op
)


def test_the_package_ships_the_effective_spec() -> None:
    shipped = resources.files("fireworks_api").joinpath("openapi.json").read_text(encoding="utf-8")
    assert shipped == dumps(build())
    assert effective_spec() == json.loads(shipped)


def test_both_packages_are_typed() -> None:
    for package in ("fireworks_api", "fireworks_client"):
        assert resources.files(package).joinpath("py.typed").is_file()


def test_generation_is_deterministic(tmp_path: Path) -> None:
    spec = build()
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    first, _ = run_generator(spec, tmp_path / "one")
    second, _ = run_generator(spec, tmp_path / "two")
    assert _files(first) == _files(second)
    assert _differences(first, TARGET) == [], "generated/ is stale: run `make generate`"


def test_the_check_reports_hand_edits(tmp_path: Path) -> None:
    copy = tmp_path / "fireworks_api"
    shutil.copytree(TARGET, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "names.py").write_text((copy / "names.py").read_text() + "# edited by hand\n")
    (copy / "extra.py").write_text("")
    (copy / "types.py").unlink()
    report = "\n".join(_differences(TARGET, copy))
    assert "+# edited by hand" not in report and "-# edited by hand" in report
    assert "only in generated/: extra.py" in report
    assert "only in a fresh generation: types.py" in report


def test_generated_is_not_ignored_or_edited_by_lint() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert 'extend-exclude = ["generated"]' in pyproject


def test_the_package_faces_load_on_first_use() -> None:
    """codegen/lazy_faces.py and the resources' face: importing the SDK and making a client
    load no model, parameter or resource module and no attrs (of fireworks_api only the
    resources' face, which imports nothing, and the one-line API root); reaching a resource
    loads its module alone; every name of both faces still resolves, to the class its module
    defines."""
    code = (
        "import sys\n"
        "import fireworks_client\n"
        "def loaded():\n"
        "    return sorted(m for m in sys.modules if m.startswith(('fireworks_api.', 'attr')))\n"
        "assert loaded() == ['fireworks_api.resources'], loaded()\n"
        "client = fireworks_client.Fireworks(api_key='k')\n"
        "assert loaded() == ['fireworks_api.resources', 'fireworks_api.root'], loaded()\n"
        "client.rerank\n"
        "assert 'fireworks_api.resources.rerank' in loaded() and len(loaded()) == 3, loaded()\n"
        "import fireworks_api, fireworks_api.models as models\n"
        "for face in (fireworks_api, models):\n"
        "    for name in face.__all__:\n"
        "        value = getattr(face, name)\n"
        "        assert value.__name__ == name and name in dir(face), name\n"
        "assert 'attrs' in sys.modules\n"
        "try:\n"
        "    models.NoSuchModel\n"
        "except AttributeError as exc:\n"
        "    assert 'NoSuchModel' in str(exc)\n"
        "else:\n"
        "    raise AssertionError('no AttributeError')\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_a_face_without_relative_imports_is_refused(tmp_path: Path) -> None:
    face = tmp_path / "__init__.py"
    face.write_text('"""Nothing."""\nimport os\n', encoding="utf-8")
    with pytest.raises(ValueError, match="found no relative imports to make lazy"):
        make_lazy(face)
