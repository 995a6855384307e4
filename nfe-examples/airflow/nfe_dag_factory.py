"""Builds one Airflow DAG per nfe-pipeline configuration in a folder: extract -> transform -> load.

Drop this file and a folder of pipeline configurations (the YAML files `nfe check` validates) into the DAG folder of
Airflow or MWAA. Each configuration ``<folder>/<name>.yaml`` becomes the DAG ``nfe_<pipeline>``:

    extract -> pending_batches -> transform (mapped, one task per group of bronze batch ids) -> load

* ``lambda`` mode (the default) invokes the functions of the deployment template (nfe-examples/deploy/template.yaml)
  with the stage payload (``{"pipeline", "stage", "config", "batchIds", "continuation"...}``) and invokes again with
  the response's ``next`` request while the response says ``partial``: a stage that meets the Lambda's deadline stops
  cleanly and the next invocation resumes it. ``pending_batches`` lists the committed bronze batches the transform
  has not marked done, straight from the lake, and hands them out in groups, so several transform functions run at
  once, each on its own batches: that is how a backlog is processed faster than one function could.
* ``ecs`` mode runs each stage as a task of the container image (the ``nfe`` CLI) with ``EcsRunTaskOperator``; a task
  has no 15-minute limit, so it needs no continuation, and the transform runs as one task.
* ``NFE_TRANSFORM_RUNNER=glue`` makes the transform a mapped ``GlueJobOperator`` over the same groups: one run per
  group of the deployment template's Glue job (created with its ``SparkJobKey``), which runs the transform stage on
  Spark with the same tables and ledger, for backfills. Each run gets ``--pipeline`` and ``--batch-ids``, and
  ``--config`` when NFE_CONFIG_URI_PREFIX is set (otherwise the job's default, the functions' configuration); the
  Airflow role needs ``glue:StartJobRun`` and ``glue:GetJobRun`` on the job.

Settings, read from the environment of the scheduler and workers (MWAA: the environment's configuration options):

    NFE_PIPELINES_DIR      the folder of configurations (default: ``pipelines`` beside this file)
    NFE_CONFIG_URI_PREFIX  where the functions read the same files, e.g. ``s3://my-artifacts/pipelines/``; when
                           empty, the payload names no configuration and the functions use their NFE_CONFIG
    NFE_MODE               ``lambda`` or ``ecs``
    NFE_FUNCTION_PREFIX    the functions are ``<prefix>-extract``, ``-transform`` and ``-load`` (default ``nfe``)
    NFE_BATCHES_PER_TASK   bronze batches per transform task (default 20)
    NFE_MAX_PARALLEL       transform tasks at once (default 8)
    NFE_SCHEDULE           the DAGs' schedule (default ``@hourly``)
    NFE_ECS_CLUSTER, NFE_ECS_TASK_DEFINITION, NFE_ECS_SUBNETS, NFE_ECS_SECURITY_GROUPS, NFE_ECS_CONTAINER  (ecs mode)
    NFE_TRANSFORM_RUNNER   ``stage`` (default) or ``glue``
    NFE_GLUE_JOB           the glue runner's job (default ``<prefix>-transform-spark``, as the template names it)
    NFE_AWS_CONN_ID        the Airflow connection to AWS (default ``aws_default``)
"""

import json
import os
import re
from datetime import datetime, timedelta
from pathlib import Path

import yaml
from airflow import DAG
from airflow.decorators import task

MANIFEST = re.compile(r"/_manifests/ingest_date=(\d{4}-\d{2}-\d{2})/([A-Za-z0-9][A-Za-z0-9._-]*)\.json$")
STAGES = ("extract", "transform", "load")
MAX_INVOCATIONS = 200


def setting(name, default):
    """One setting from the environment."""
    value = os.environ.get(name, "").strip()
    return value if value else default


def read_pipeline(path):
    """The parts of a pipeline configuration the DAG needs: its name, its storage and its bronze prefix."""
    with open(path, encoding="utf-8") as handle:
        config = yaml.safe_load(handle)
    if not isinstance(config, dict) or "pipeline" not in config:
        raise ValueError(f"{path}: not a pipeline configuration (no 'pipeline' key)")
    storage = config.get("storage") or {}
    if isinstance(storage, str):
        storage = {"type": storage}
    layers = config.get("layers") or {}
    return {
        "name": config["pipeline"],
        "file": Path(path).name,
        "storage": storage,
        "bronze": layers.get("bronze", "bronze"),
    }


def config_uri(pipeline, config_uri_prefix):
    """Where the functions, tasks and jobs read the pipeline's configuration; empty when no prefix is set."""
    return config_uri_prefix.rstrip("/") + "/" + pipeline["file"] if config_uri_prefix else ""


def stage_payload(pipeline, stage, config_uri_prefix, batch_ids=()):
    """The first request of a stage, as the functions read it."""
    payload = {"pipeline": pipeline["name"], "stage": stage, "batchIds": list(batch_ids)}
    config = config_uri(pipeline, config_uri_prefix)
    if config:
        payload["config"] = config
    return payload


def invoke_until_done(invoke, payload):
    """Invokes with ``payload``, then with each response's ``next`` while it is ``partial``; the summaries of all.

    ``invoke`` takes a payload (a dict) and returns the function's response (a dict). A function error raises, so the
    Airflow task fails and retries like any other.
    """
    summaries = []
    request = payload
    for _ in range(MAX_INVOCATIONS):
        response = invoke(request)
        summaries.extend(response.get("summaries", []))
        if not response.get("partial"):
            return summaries
        request = response["next"]
    raise RuntimeError(f"stage {payload['stage']} of {payload['pipeline']} still partial after "
                       f"{MAX_INVOCATIONS} invocations")


def pending_groups(manifest_keys, done_by_date, size):
    """The committed bronze batches not yet transformed, oldest first, in groups of at most ``size`` ids.

    ``manifest_keys`` are the keys of the bronze manifests; ``done_by_date`` maps an ingest date to the batch ids the
    transform marked done on that date (its ``_state/<pipeline>/transform/ingest_date=<date>.json``).
    """
    pending = []
    for key in manifest_keys:
        match = MANIFEST.search(key)
        if match and match.group(2) not in done_by_date.get(match.group(1), ()):
            pending.append((match.group(1), match.group(2)))
    ids = [batch_id for _, batch_id in sorted(pending)]
    return [ids[i:i + size] for i in range(0, len(ids), size)]


def lambda_invoker(function_name, conn_id):
    """Invokes one function synchronously through Airflow's Lambda hook; raises on a function error."""
    from airflow.providers.amazon.aws.hooks.lambda_function import LambdaHook

    hook = LambdaHook(aws_conn_id=conn_id)

    def invoke(payload):
        response = hook.invoke_lambda(function_name=function_name, invocation_type="RequestResponse",
                                      payload=json.dumps(payload))
        body = response["Payload"].read()
        if response.get("FunctionError"):
            raise RuntimeError(f"{function_name} failed: {body.decode('utf-8', 'replace')[:2000]}")
        return json.loads(body)

    return invoke


def list_pending(pipeline, conn_id, size):
    """Reads the bronze manifests and the transform's ledger from the lake and groups the pending batches."""
    from airflow.providers.amazon.aws.hooks.s3 import S3Hook

    storage = pipeline["storage"]
    if storage.get("type") != "s3":
        raise ValueError(f"pipeline {pipeline['name']}: the DAG lists pending batches on s3 storage only")
    hook = S3Hook(aws_conn_id=conn_id)
    bucket, prefix = storage["bucket"], storage.get("prefix", "")
    keys = hook.list_keys(bucket_name=bucket,
                          prefix=f"{prefix}{pipeline['bronze']}/{pipeline['name']}/_manifests/") or []
    done = {}
    for key in hook.list_keys(bucket_name=bucket, prefix=f"{prefix}_state/{pipeline['name']}/transform/") or []:
        date = re.search(r"ingest_date=(\d{4}-\d{2}-\d{2})\.json$", key)
        if date:
            done[date.group(1)] = set(json.loads(hook.read_key(key, bucket_name=bucket)).get("done", []))
    return pending_groups(keys, done, size)


def build_dag(pipeline, settings):
    """The DAG of one pipeline."""
    mode = settings["mode"]
    conn_id = settings["conn_id"]
    functions = {stage: f"{settings['function_prefix']}-{stage}" for stage in STAGES}
    dag = DAG(
        dag_id=f"nfe_{pipeline['name']}",
        schedule=settings["schedule"],
        start_date=datetime(2026, 1, 1),
        catchup=False,
        max_active_runs=1,
        default_args={"retries": 2, "retry_delay": timedelta(minutes=2)},
        tags=["nfe", pipeline["name"]],
    )
    with dag:
        if mode == "ecs":
            extract, transform, load = (ecs_stage(pipeline, stage, settings) for stage in STAGES)
            extract >> transform >> load
            return dag

        @task(task_id="extract")
        def extract():
            payload = stage_payload(pipeline, "extract", settings["config_uri_prefix"])
            return invoke_until_done(lambda_invoker(functions["extract"], conn_id), payload)

        @task(task_id="pending_batches")
        def pending_batches():
            return list_pending(pipeline, conn_id, settings["batches_per_task"])

        @task(task_id="transform", max_active_tis_per_dagrun=settings["max_parallel"])
        def transform(batch_ids):
            payload = stage_payload(pipeline, "transform", settings["config_uri_prefix"], batch_ids)
            return invoke_until_done(lambda_invoker(functions["transform"], conn_id), payload)

        @task(task_id="load", trigger_rule="none_failed")
        def load():
            payload = stage_payload(pipeline, "load", settings["config_uri_prefix"])
            return invoke_until_done(lambda_invoker(functions["load"], conn_id), payload)

        groups = pending_batches()
        if settings["transform_runner"] == "glue":
            from airflow.providers.amazon.aws.operators.glue import GlueJobOperator

            transformed = GlueJobOperator.partial(
                task_id="transform", job_name=settings["glue_job"], aws_conn_id=conn_id,
                max_active_tis_per_dagrun=settings["max_parallel"],
            ).expand(script_args=groups_as_glue_arguments(pipeline, groups, settings["config_uri_prefix"]))
        else:
            transformed = transform.expand(batch_ids=groups)
        extract() >> groups
        transformed >> load()
    return dag


@task(task_id="glue_arguments")
def groups_as_glue_arguments(pipeline, groups, config_uri_prefix):
    """One set of Glue job arguments per group of batch ids; without a prefix, the job's own ``--config`` applies."""
    arguments = {"--pipeline": pipeline["name"]}
    config = config_uri(pipeline, config_uri_prefix)
    if config:
        arguments["--config"] = config
    return [{**arguments, "--batch-ids": ",".join(group)} for group in groups]


def ecs_stage(pipeline, stage, settings):
    """One stage as a task of the container image running the nfe CLI."""
    from airflow.providers.amazon.aws.operators.ecs import EcsRunTaskOperator

    config = config_uri(pipeline, settings["config_uri_prefix"]) or f"/config/{pipeline['file']}"
    return EcsRunTaskOperator(
        task_id=stage,
        aws_conn_id=settings["conn_id"],
        cluster=settings["ecs_cluster"],
        task_definition=settings["ecs_task_definition"],
        launch_type="FARGATE",
        overrides={"containerOverrides": [{
            "name": settings["ecs_container"],
            "command": ["run", "--config", config, "--stage", stage],
        }]},
        network_configuration={"awsvpcConfiguration": {
            "subnets": [s for s in settings["ecs_subnets"].split(",") if s],
            "securityGroups": [s for s in settings["ecs_security_groups"].split(",") if s],
            "assignPublicIp": "DISABLED",
        }},
    )


def settings_from_environment():
    """The factory's settings, from the environment."""
    function_prefix = setting("NFE_FUNCTION_PREFIX", "nfe")
    return {
        "pipelines_dir": setting("NFE_PIPELINES_DIR", str(Path(__file__).with_name("pipelines"))),
        "config_uri_prefix": setting("NFE_CONFIG_URI_PREFIX", ""),
        "mode": setting("NFE_MODE", "lambda"),
        "function_prefix": function_prefix,
        "batches_per_task": int(setting("NFE_BATCHES_PER_TASK", "20")),
        "max_parallel": int(setting("NFE_MAX_PARALLEL", "8")),
        "schedule": setting("NFE_SCHEDULE", "@hourly"),
        "conn_id": setting("NFE_AWS_CONN_ID", "aws_default"),
        "transform_runner": setting("NFE_TRANSFORM_RUNNER", "stage"),
        "glue_job": setting("NFE_GLUE_JOB", f"{function_prefix}-transform-spark"),
        "ecs_cluster": setting("NFE_ECS_CLUSTER", "nfe"),
        "ecs_task_definition": setting("NFE_ECS_TASK_DEFINITION", "nfe-cli"),
        "ecs_container": setting("NFE_ECS_CONTAINER", "nfe"),
        "ecs_subnets": setting("NFE_ECS_SUBNETS", ""),
        "ecs_security_groups": setting("NFE_ECS_SECURITY_GROUPS", ""),
    }


def build_dags(settings):
    """One DAG per ``*.yaml`` configuration of the folder, by DAG id."""
    if settings["mode"] not in ("lambda", "ecs"):
        raise ValueError(f"NFE_MODE must be lambda or ecs, was {settings['mode']!r}")
    dags = {}
    for path in sorted(Path(settings["pipelines_dir"]).glob("*.yaml")):
        dag = build_dag(read_pipeline(path), settings)
        dags[dag.dag_id] = dag
    return dags


# Airflow finds DAGs among the module's globals.
globals().update(build_dags(settings_from_environment()))
