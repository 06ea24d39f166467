"""The command line's resource commands (``fireworks-client deployments list``), made from the
spec: run in process against a scripted mock, one subprocess with ``--mock``."""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fireworks_api.names import FRIENDLY_NAMES, HAND_WRITTEN
from fireworks_client import Fireworks, _cli
from fireworks_client._cli import EXIT_USAGE, main
from fireworks_client._cli_resources import _option, fields, render
from fireworks_client.mock import ASGISyncTransport, create_app

KEY = "cli-platform-secret-key"
ACCOUNT = "acct-1"
DEPLOYMENT = {
    "name": f"accounts/{ACCOUNT}/deployments/dep-a",
    "displayName": "First",
    "state": "READY",
    "createTime": "2026-12-01T10:00:00Z",
    "baseModel": "accounts/fireworks/models/llama-v3p1-8b-instruct",
}


class Service:
    """A service on an httpx MockTransport: scripted answers by method and path, the
    requests it got. (The mock server's own platform half is another test's.)"""

    def __init__(self) -> None:
        self.answers: dict[tuple[str, str], tuple[int, Any]] = {}
        self.requests: list[httpx.Request] = []

    def answer(self, method: str, path: str, body: Any, status: int = 200) -> None:
        self.answers[(method, path)] = (status, body)

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        status, body = self.answers.get((request.method, request.url.path), (200, {}))
        return httpx.Response(status, json=body)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


@pytest.fixture
def service(monkeypatch: pytest.MonkeyPatch) -> Service:
    service = Service()

    @contextlib.contextmanager
    def client(args: argparse.Namespace) -> Iterator[Fireworks]:
        with Fireworks(
            api_key=args.api_key,
            base_url="http://service.test/inference/v1",
            max_retries=0,
            transport=httpx.MockTransport(service.handle),
        ) as made:
            yield made

    monkeypatch.setattr(_cli, "_client", client)
    monkeypatch.delenv("FIREWORKS_ACCOUNT_ID", raising=False)
    return service


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """The command line in process: (exit status, stdout, stderr)."""
    try:
        code = main(["--api-key", KEY, *args])
    except SystemExit as exc:  # argparse's usage errors and --help
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    assert KEY not in out + err
    return code, out, err


DEPLOYMENTS = f"/v1/accounts/{ACCOUNT}/deployments"


def test_list_is_a_table_of_chosen_columns_with_the_next_page_on_stderr(
    service: Service, capsys: pytest.CaptureFixture[str]
) -> None:
    second = {**DEPLOYMENT, "name": f"{DEPLOYMENT['name'][:-1]}b", "state": "CREATING"}
    page = {"deployments": [DEPLOYMENT, second], "nextPageToken": "page-2"}
    service.answer("GET", DEPLOYMENTS, page)
    code, out, err = cli(capsys, "deployments", "list", "--account-id", ACCOUNT)
    assert code == 0, err
    header, *rows = out.splitlines()
    assert header.split() == ["NAME", "DISPLAY", "NAME", "STATE", "CREATE", "TIME"]
    assert rows[0].split() == [DEPLOYMENT["name"], "First", "READY", "2026-12-01T10:00:00+00:00"]
    assert rows[1].split()[2] == "CREATING"
    assert err.strip() == "more: --page-token page-2"
    assert service.last.method == "GET"
    assert service.last.url.path == DEPLOYMENTS


def test_json_prints_the_whole_answer_and_query_options_are_sent(
    service: Service, capsys: pytest.CaptureFixture[str]
) -> None:
    service.answer("GET", DEPLOYMENTS, {"deployments": [DEPLOYMENT]})
    code, out, err = cli(
        capsys,
        "--account-id",
        ACCOUNT,
        "deployments",
        "list",
        "--json",
        "--page-size",
        "1",
        "--show-deleted",
        "--order-by",
        "createTime",
    )
    assert code == 0, err
    answer = json.loads(out)
    assert answer["deployments"][0]["name"] == DEPLOYMENT["name"]
    assert dict(service.last.url.params) == {
        "pageSize": "1",
        "showDeleted": "true",
        "orderBy": "createTime",
    }


def test_get_takes_the_path_parameter_positionally(
    service: Service, capsys: pytest.CaptureFixture[str]
) -> None:
    service.answer("GET", f"{DEPLOYMENTS}/dep-a", DEPLOYMENT)
    code, out, err = cli(capsys, "deployments", "get", "dep-a", "--account-id", ACCOUNT)
    assert code == 0, err
    lines = dict(line.split(None, 1) for line in out.splitlines())
    assert lines["name"] == DEPLOYMENT["name"]
    assert lines["state"] == "READY"
    assert service.last.url.path == f"{DEPLOYMENTS}/dep-a"


def test_create_sends_typed_options_under_their_wire_names(
    service: Service, capsys: pytest.CaptureFixture[str]
) -> None:
    service.answer("POST", DEPLOYMENTS, DEPLOYMENT)
    code, out, err = cli(
        capsys,
        "deployments",
        "create",
        "--account-id",
        ACCOUNT,
        "--deployment-id",
        "dep-a",
        "--base-model",
        "accounts/fireworks/models/llama-v3p1-8b-instruct",
        "--min-replica-count",
        "1",
        "--enable-addons",
        "--accelerator-type",
        "NVIDIA_H100_80GB",
        "--autoscaling-policy",
        '{"scaleUpWindow": "30s"}',
        "--direct-route-api-keys",
        "k1",
        "--direct-route-api-keys",
        "k2",
        "--json",
    )
    assert code == 0, err
    assert json.loads(out)["name"] == DEPLOYMENT["name"]
    assert dict(service.last.url.params) == {"deploymentId": "dep-a"}
    assert json.loads(service.last.content) == {
        "baseModel": "accounts/fireworks/models/llama-v3p1-8b-instruct",
        "minReplicaCount": 1,
        "enableAddons": True,
        "acceleratorType": "NVIDIA_H100_80GB",
        "autoscalingPolicy": {"scaleUpWindow": "30s"},
        "directRouteApiKeys": ["k1", "k2"],
    }


def test_delete_says_done(service: Service, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(capsys, "--account-id", ACCOUNT, "datasets", "delete", "ds-1")
    assert code == 0, err
    assert out == ""
    assert err.strip() == "datasets delete: done"
    assert (service.last.method, service.last.url.path) == (
        "DELETE",
        f"/v1/accounts/{ACCOUNT}/datasets/ds-1",
    )


def test_a_hand_written_method_takes_its_required_parameters_positionally(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # datasets.upload is hand-written (streamed from disk, signed URLs for large files): its
    # command comes from its signature, not from the spec's fields (its file is a path)
    code, _, err = cli(capsys, "--account-id", ACCOUNT, "datasets", "upload", "ds-1")
    assert code == EXIT_USAGE
    assert "the following arguments are required: FILE" in err


def test_nested_resources_are_subcommands(
    service: Service, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = cli(capsys, "--account-id", ACCOUNT, "evaluators", "versions", "list", "ev-1")
    assert code == 0, err
    assert service.last.url.path.startswith(f"/v1/accounts/{ACCOUNT}/evaluators/ev-1/")


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["deployments", "list", "--page-size", "ten"], "argument --page-size: invalid int"),
        (
            ["deployments", "create", "--base-model", "m", "--accelerator-type", "TPU"],
            "argument --accelerator-type: invalid choice: 'TPU'",
        ),
        (
            ["deployments", "create", "--base-model", "m", "--autoscaling-policy", "[1]"],
            "argument --autoscaling-policy: expected a JSON object, got list",
        ),
        (
            ["deployments", "create", "--base-model", "m", "--autoscaling-policy", "{"],
            "argument --autoscaling-policy: expected JSON: ",
        ),
        (["deployments", "create"], "the following arguments are required: --base-model"),
        (["deployments", "get"], "the following arguments are required: DEPLOYMENT_ID"),
        (["deployments"], "the following arguments are required: METHOD"),
        (["deployments", "fly"], "argument METHOD: invalid choice: 'fly'"),
    ],
)
def test_bad_command_lines_are_one_line_naming_the_option(
    service: Service, capsys: pytest.CaptureFixture[str], args: list[str], says: str
) -> None:
    code, out, err = cli(capsys, "--account-id", ACCOUNT, *args)
    assert code == EXIT_USAGE
    assert out == ""
    assert len(err.strip().splitlines()) == 1, err
    assert says in err
    assert service.requests == []


def test_no_account_is_a_usage_error(
    service: Service, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = cli(capsys, "deployments", "list")
    assert code == EXIT_USAGE
    assert err.strip() == (
        "fireworks-client: usage: deployments list needs an account: --account-id ID, "
        "or FIREWORKS_ACCOUNT_ID"
    )
    assert service.requests == []
    monkeypatch.setenv("FIREWORKS_ACCOUNT_ID", ACCOUNT)
    assert cli(capsys, "deployments", "list")[0] == 0
    assert service.last.url.path == DEPLOYMENTS


def test_an_api_error_is_one_line_and_exit_1(
    service: Service, capsys: pytest.CaptureFixture[str]
) -> None:
    error = {"error": {"message": "deployment not found", "code": "NOT_FOUND"}}
    service.answer("GET", f"{DEPLOYMENTS}/gone", error, status=404)
    code, out, err = cli(capsys, "--account-id", ACCOUNT, "deployments", "get", "gone")
    assert code == 1
    assert out == ""
    assert err.startswith("fireworks-client: NotFoundError") and len(err.splitlines()) == 1


# --- --help lists what the spec has -----------------------------------------------------------


@pytest.fixture(autouse=True)
def _wide(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "1000")  # argparse wraps help at the terminal's width


def _help(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    with pytest.raises(SystemExit) as exited:
        main([*args, "--help"])
    assert exited.value.code == 0
    return capsys.readouterr().out


def _resource_names() -> dict[str, list[str]]:
    """top-level resource -> its methods as commands (nested: ``versions list``)."""
    commands = set(_cli._COMMANDS) | {"bulk", "mock"}
    tops: dict[str, list[str]] = {}
    for friendly in FRIENDLY_NAMES:
        if friendly in HAND_WRITTEN:
            continue
        top, _, rest = friendly.partition(".")
        if top in commands and top not in _cli._MERGED:
            continue
        tops.setdefault(top, []).append(rest.replace("_", "-").replace(".", " "))
    return tops


def test_help_lists_every_resource_and_method(capsys: pytest.CaptureFixture[str]) -> None:
    top = " ".join(_help(capsys).split())
    tops = _resource_names()
    spec_only = re.sub(r", (wait|upload|download)\b", "", top)  # the commands of no operation
    assert {"deployments", "datasets", "batch_inference_jobs", "evaluators"} <= tops.keys()
    for resource, methods in tops.items():
        assert resource.replace("_", "-") in top
        if resource not in _cli._MERGED:  # a command of its own says what it does
            assert ", ".join(methods) in spec_only, resource
    # the commands that are no operation: a wait, hand-written methods
    assert "datasets list, create, get, update, delete" in top
    assert "undelete, wait" in top
    models = _help(capsys, "models")
    assert all(re.search(rf"\n    {m}\s", models) for m in [*tops["models"], "upload", "wait"])
    assert "Without a method: the models available" in models
    deployments = _help(capsys, "deployments")
    for method in tops["deployments"]:
        assert re.search(rf"\n    {method}\s", deployments)
    assert "Scale Deployment" in deployments  # the spec's summary


@pytest.mark.parametrize("friendly", ["deployments.create", "datasets.create", "dpo_jobs.list"])
def test_method_help_lists_its_fields(capsys: pytest.CaptureFixture[str], friendly: str) -> None:
    words = friendly.replace("_", "-").split(".")
    text = _help(capsys, *words)
    for name in fields(friendly):
        assert f"--{name.replace('_', '-')}" in text, name
    assert "--account-id" in text


def test_every_named_operation_has_a_command() -> None:
    """Every method of the friendly names (hand-written ones and those of the commands of
    their own excepted) parses: its path parameters positional, its fields options."""
    parser, resources = _cli._parser_and_resources()
    for top in resources.tops:
        resources.fill(top, without_method=_cli._MERGED.get(top))
    checked = 0
    for top, methods in _resource_names().items():
        for method in methods:
            friendly = ".".join([top, *method.replace("-", "_").split()])
            positional = ["x"] * sum(1 for p in _path_of(friendly) if p != "account_id")
            required: list[str] = []
            for name, (_, schema, needed) in fields(friendly).items():
                if needed:
                    required += [f"--{name.replace('_', '-')}", _sample(name, schema)]
            args = parser.parse_args(
                [top.replace("_", "-"), *method.split(), *positional, *required]
            )
            assert args._friendly == friendly
            checked += 1
    assert checked > 90


def _path_of(friendly: str) -> tuple[str, ...]:
    from fireworks_client._cli_shared import endpoint_of as _endpoint  # noqa: PLC0415

    return _endpoint(friendly).path_params


def _sample(name: str, schema: dict[str, Any]) -> str:
    """A value the field's option takes."""
    settings = _option(f"--{name}", schema, binary=False)
    if "choices" in settings:
        return str(settings["choices"][0])
    if settings.get("metavar") == "JSON":
        return "[]" if schema.get("type") == "array" else "{}"
    convert = settings.get("type", str)
    for candidate in ("1", "x", "{}", "[]"):
        with contextlib.suppress(Exception):
            convert(candidate)
            return candidate
    raise AssertionError(f"no sample for {name}: {schema}")


def test_mock_runs_a_resource_command_end_to_end() -> None:
    env = {k: v for k, v in os.environ.items() if k != "FIREWORKS_ACCOUNT_ID"}
    result = subprocess.run(
        [sys.executable, "-m", "fireworks_client", "--mock", "deployments", "list", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**env, "FIREWORKS_API_KEY": KEY},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "deployments" in json.loads(result.stdout)
    assert KEY not in result.stdout + result.stderr


def _every_method() -> list[str]:
    return [
        ".".join([top, *method.replace("-", "_").split()])
        for top, methods in _resource_names().items()
        for method in methods
    ]


@pytest.mark.parametrize("friendly", _every_method())
def test_every_field_reaches_the_wire_under_its_name(
    service: Service, capsys: pytest.CaptureFixture[str], tmp_path: Path, friendly: str
) -> None:
    """Each method called with every option it has: the request goes to its path, and
    carries every field, in the body or the query, under its wire name."""
    from fireworks_client._cli_shared import endpoint_of as _endpoint  # noqa: PLC0415

    endpoint = _endpoint(friendly)
    top, *method = friendly.split(".")
    others = [p for p in endpoint.path_params if p != "account_id"]
    positional = [f"p{n}" for n in range(len(others))]
    argv = [top.replace("_", "-"), *(m.replace("_", "-") for m in method), *positional]
    if "account_id" in endpoint.path_params:
        argv += ["--account-id", ACCOUNT]
    wires = set()
    for name, (wire, schema, _) in fields(friendly).items():
        flag = f"--{name.replace('_', '-')}"
        wires.add(wire)
        if name in endpoint.binary_fields:
            upload = tmp_path / "upload.bin"
            upload.write_bytes(b"data")
            argv += [flag, str(upload)]
        elif _option(flag, schema, binary=False).get("action") is argparse.BooleanOptionalAction:
            argv.append(flag)
        else:
            argv += [flag, _sample(name, schema)]
    code, _, err = cli(capsys, *argv)
    assert service.requests, err  # sent: exit 0, or 1 when {} is not a valid answer
    assert code in (0, 1), err
    request = service.last
    expected = endpoint.path.replace("{account_id}", ACCOUNT)
    for number, name in enumerate(others):
        expected = expected.replace("{" + name + "}", f"p{number}")
    assert request.url.path.endswith(expected)
    sent = set(request.url.params)
    if request.headers.get("content-type", "").startswith("application/json"):
        sent |= set(json.loads(request.content))
    elif endpoint.request is not None:  # multipart: the form's field names
        sent |= {w for w in wires if f'name="{w}"'.encode() in request.content}
    assert sent == wires


def test_only_a_list_method_prints_a_table() -> None:
    """An object that holds one array of objects is a list only when a list method answers
    it; otherwise its fields are printed, the array among them as JSON."""
    evaluator = {"name": "accounts/a/evaluators/e", "criteria": [{"name": "c1"}]}
    shown = io.StringIO()
    render("evaluators.get", evaluator, json_output=False, out=shown)
    assert shown.getvalue().splitlines() == [
        "name      accounts/a/evaluators/e",
        'criteria  [{"name": "c1"}]',
    ]
    shown = io.StringIO()
    render("evaluators.list", {"evaluators": [evaluator]}, json_output=False, out=shown)
    assert shown.getvalue().splitlines() == ["NAME", "accounts/a/evaluators/e"]
    shown = io.StringIO()
    render("evaluators.list", {"evaluators": []}, json_output=False, out=shown)
    assert shown.getvalue() == "(0 items)\n"


@pytest.fixture
def on_mock(monkeypatch: pytest.MonkeyPatch) -> httpx.Client:
    """The command line's client on the mock in process (its platform half is stateful: a
    resource's state advances as it is read); a raw client on the same mock."""
    transport = ASGISyncTransport(create_app())

    @contextlib.contextmanager
    def client(args: argparse.Namespace) -> Iterator[Fireworks]:
        with Fireworks(
            api_key=args.api_key,
            base_url="http://mock/inference/v1",
            max_retries=0,
            transport=transport,
        ) as made:
            yield made

    monkeypatch.setattr(_cli, "_client", client)
    monkeypatch.delenv("FIREWORKS_ACCOUNT_ID", raising=False)
    return httpx.Client(
        transport=transport, base_url="http://mock", headers={"Authorization": f"Bearer {KEY}"}
    )


BASE_MODEL = "accounts/fireworks/models/llama-v3p1-8b-instruct"
NOW = ["--account-id", ACCOUNT]  # and --poll-interval 0: the mock advances as it is read


def test_wait_after_create_and_scale_shows_each_state(
    on_mock: httpx.Client, capsys: pytest.CaptureFixture[str]
) -> None:
    create = ["deployments", "create", "--deployment-id", "d1", "--base-model", BASE_MODEL]
    code, out, err = cli(capsys, *NOW, *create, "--wait", "--poll-interval", "0")
    assert code == 0, err
    assert re.search(r"^state\s+READY$", out, re.M)
    lines = err.splitlines()
    assert lines[-1] == "deployments d1: READY" and len(lines) == len(set(lines))
    scale = ["deployments", "scale", "d1", "--replica-count", "2", "--wait"]
    code, out, err = cli(capsys, *NOW, *scale, "--poll-interval", "0")
    assert code == 0, err
    assert err.splitlines()[-1] == "deployments d1: READY" and "READY" in out
    code, out, err = cli(capsys, *NOW, "deployments", "wait", "d1", "--json")
    assert code == 0, err
    assert json.loads(out)["state"] == "READY"


def test_a_failed_wait_exits_1_with_the_status_message(
    on_mock: httpx.Client, capsys: pytest.CaptureFixture[str]
) -> None:
    asked = on_mock.post(
        "/_mock/platform/fail", json={"collection": "deployments", "message": "no capacity"}
    )
    assert asked.status_code == 200
    create = ["deployments", "create", "--deployment-id", "d2", "--base-model", BASE_MODEL]
    code, out, err = cli(capsys, *NOW, *create, "--wait", "--poll-interval", "0")
    assert code == 1
    assert out == ""
    assert "ended FAILED: no capacity" in err.splitlines()[-1]
    assert "deployments d2: FAILED (no capacity)" in err


def test_hand_written_methods_are_commands_from_their_signatures(
    on_mock: httpx.Client, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    train = tmp_path / "train.jsonl"
    train.write_bytes(b'{"messages": []}\n' * 3)
    code, _, err = cli(capsys, *NOW, "datasets", "create", "--dataset-id", "ds", "--dataset", "{}")
    assert code == 0, err
    code, out, err = cli(capsys, *NOW, "datasets", "upload", "ds", str(train))
    assert code == 0, err
    assert re.search(r"^exampleCount\s+3$", out, re.M)
    assert f"datasets upload: {train.stat().st_size:,} bytes" in err  # the bytes, once whole
    large = ["datasets", "upload", "ds", str(train), "--large-file-threshold", "0", "--json"]
    code, out, err = cli(capsys, *NOW, *large)
    assert code == 0, err
    assert json.loads(out)["state"] == "READY"
    code, out, err = cli(capsys, *NOW, "datasets", "download", "ds", str(tmp_path / "back"))
    assert code == 0, err
    written = out.splitlines()  # a path a line: the files of both uploads
    assert written and all(Path(w).read_bytes() == train.read_bytes() for w in written)
    code, _, err = cli(capsys, *NOW, "datasets", "upload", "ds", str(tmp_path / "none.jsonl"))
    assert code == EXIT_USAGE and "no file" in err
    code, _, err = cli(capsys, *NOW, "models", "upload", "m")
    assert code == EXIT_USAGE and "required: SOURCE" in err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("stream", [io.StringIO, _Terminal])
def test_progress_is_a_line_per_state_and_the_bytes(stream: type[io.StringIO]) -> None:
    from fireworks_api.models import GatewayDeployment  # noqa: PLC0415
    from fireworks_client._cli_progress import BytesProgress, StateProgress  # noqa: PLC0415

    shown = stream()
    states = StateProgress("deployments d", shown)
    for state in ("CREATING", "CREATING", "READY"):
        states(GatewayDeployment.from_dict({"baseModel": "m", "state": state}))
    states.close()
    plain = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown.getvalue())  # rich's, on a terminal
    lines = [line.strip() for line in plain.splitlines()]
    assert [line for line in lines if line.startswith("deployments d:")] == [
        "deployments d: CREATING",
        "deployments d: READY",
    ]
    shown = stream()
    sent = BytesProgress("datasets upload", shown)
    for done in (0, 512, 1024):
        sent(done, 1024)
    sent.close()
    assert "1,024" in shown.getvalue() or "1.0 kB" in shown.getvalue()
