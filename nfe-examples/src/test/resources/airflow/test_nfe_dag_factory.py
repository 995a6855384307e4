"""Checks the DAGs nfe_dag_factory builds, against the stand-in Airflow of ./fake (run by NfeDagFactoryTest)."""

import importlib
import json
import os
import sys
import tempfile
import unittest
from pathlib import Path

from airflow.providers.amazon.aws.hooks.lambda_function import LambdaHook
from airflow.providers.amazon.aws.hooks.s3 import S3Hook

EXAMPLES = Path(os.environ["NFE_EXAMPLE_PIPELINES"])


def load_factory(**environment):
    for key in [key for key in os.environ if key.startswith("NFE_") and key != "NFE_EXAMPLE_PIPELINES"]:
        del os.environ[key]
    os.environ.update(environment)
    sys.modules.pop("nfe_dag_factory", None)
    return importlib.import_module("nfe_dag_factory")


class DagShapeTest(unittest.TestCase):

    def setUp(self):
        self.factory = load_factory(NFE_PIPELINES_DIR=str(EXAMPLES), NFE_CONFIG_URI_PREFIX="s3://artifacts/pipelines/")
        self.dags = {name: value for name, value in vars(self.factory).items() if name.startswith("nfe_")
                     and hasattr(value, "tasks")}

    def test_onePerExampleConfiguration_namedAfterItsPipeline(self):
        self.assertEqual(sorted(self.dags), sorted(f"nfe_{self.factory.read_pipeline(p)['name']}"
                                                   for p in EXAMPLES.glob("*.yaml")))
        self.assertIn("nfe_nfe-sales", self.dags)

    def test_lambdaMode_extractThenPendingThenMappedTransformThenLoad(self):
        dag = self.dags["nfe_nfe-sales"]
        self.assertEqual(sorted(dag.tasks), ["extract", "load", "pending_batches", "transform"])
        self.assertEqual(dag.tasks["extract"].downstream, {"pending_batches"})
        self.assertEqual(dag.tasks["pending_batches"].downstream, {"transform"})
        self.assertEqual(dag.tasks["transform"].downstream, {"load"})
        self.assertEqual(dag.tasks["load"].upstream, {"transform"})
        transform = dag.tasks["transform"]
        self.assertEqual(transform.kind, "mapped-python")
        self.assertIs(transform.mapped_over["batch_ids"], dag.tasks["pending_batches"])
        self.assertEqual(transform.kwargs["max_active_tis_per_dagrun"], 8)
        self.assertEqual(dag.tasks["load"].kwargs["trigger_rule"], "none_failed")
        self.assertEqual(dag.kwargs["max_active_runs"], 1)

    def test_transformTask_invokesWithItsBatchIdsAndFollowsContinuationsUntilDone(self):
        LambdaHook.invocations.clear()
        first_next = {"pipeline": "nfe-sales", "stage": "transform", "batchIds": ["b1", "b2"],
                      "continuation": {"next": "b2"}}
        LambdaHook.responses[:] = [
            {"body": {"summaries": [{"stage": "transform", "written": 3}], "partial": True, "next": first_next}},
            {"body": {"summaries": [{"stage": "transform", "written": 2}], "partial": False}},
        ]
        transform = self.dags["nfe_nfe-sales"].tasks["transform"]

        summaries = transform.callable(batch_ids=["b1", "b2"])

        self.assertEqual([s["written"] for s in summaries], [3, 2])
        (function, kind, first), (_, _, second) = LambdaHook.invocations
        self.assertEqual((function, kind), ("nfe-transform", "RequestResponse"))
        self.assertEqual(first, {"pipeline": "nfe-sales", "stage": "transform", "batchIds": ["b1", "b2"],
                                 "config": "s3://artifacts/pipelines/nfe-sales.yaml"})
        self.assertEqual(second, first_next)

    def test_functionError_failsTheTask(self):
        LambdaHook.responses[:] = [{"error": True, "body": {"errorMessage": "boom"}}]
        with self.assertRaisesRegex(RuntimeError, "nfe-load failed"):
            self.dags["nfe_nfe-sales"].tasks["load"].callable()

    def test_pendingBatches_listsUntransformedBronzeBatchesOldestFirstInGroups(self):
        manifests = "nfe/bronze/nfe-sales/_manifests/"
        S3Hook.objects = {
            ("example-nfe-lake", manifests + "ingest_date=2026-01-02/20260102-000002.json"): "{}",
            ("example-nfe-lake", manifests + "ingest_date=2026-01-01/20260101-000001.json"): "{}",
            ("example-nfe-lake", manifests + "ingest_date=2026-01-01/20260101-000002.json"): "{}",
            ("example-nfe-lake", manifests + "ingest_date=2026-01-02/20260102-000001.json"): "{}",
            ("example-nfe-lake", "nfe/_state/nfe-sales/transform/ingest_date=2026-01-01.json"):
                json.dumps({"done": ["20260101-000001"]}),
            ("other-bucket", manifests + "ingest_date=2026-01-01/x.json"): "{}",
        }
        factory = load_factory(NFE_PIPELINES_DIR=str(EXAMPLES), NFE_BATCHES_PER_TASK="2")
        dag = vars(factory)["nfe_nfe-sales"]

        groups = dag.tasks["pending_batches"].callable()

        self.assertEqual(groups, [["20260101-000002", "20260102-000001"], ["20260102-000002"]])

    def test_ecsMode_threeContainerTasksInOrder(self):
        factory = load_factory(NFE_PIPELINES_DIR=str(EXAMPLES), NFE_MODE="ecs", NFE_ECS_SUBNETS="subnet-1,subnet-2")
        dag = vars(factory)["nfe_nfe-sales"]
        self.assertEqual(sorted(dag.tasks), ["extract", "load", "transform"])
        self.assertEqual(dag.tasks["extract"].downstream, {"transform"})
        self.assertEqual(dag.tasks["transform"].downstream, {"load"})
        command = dag.tasks["load"].kwargs["overrides"]["containerOverrides"][0]["command"]
        self.assertEqual(command, ["run", "--config", "/config/nfe-sales.yaml", "--stage", "load"])
        self.assertEqual(dag.tasks["load"].kwargs["network_configuration"]["awsvpcConfiguration"]["subnets"],
                         ["subnet-1", "subnet-2"])

    def test_glueRunner_mapsAGlueJobOverTheGroups(self):
        factory = load_factory(NFE_PIPELINES_DIR=str(EXAMPLES), NFE_TRANSFORM_RUNNER="glue", NFE_GLUE_JOB="nfe-spark")
        dag = vars(factory)["nfe_nfe-sales"]
        transform = dag.tasks["transform"]
        self.assertEqual(transform.kind, "mapped-glue")
        self.assertEqual(transform.kwargs["job_name"], "nfe-spark")
        self.assertEqual(transform.kwargs["max_active_tis_per_dagrun"], 8)
        self.assertIs(transform.mapped_over["script_args"], dag.tasks["glue_arguments"])
        self.assertEqual(dag.tasks["pending_batches"].downstream, {"glue_arguments"})
        self.assertEqual(dag.tasks["glue_arguments"].downstream, {"transform"})
        self.assertEqual(transform.downstream, {"load"})

    def test_glueRunner_withoutJobName_usesTheTemplatesJobOfThePrefix(self):
        factory = load_factory(NFE_PIPELINES_DIR=str(EXAMPLES), NFE_TRANSFORM_RUNNER="glue",
                               NFE_FUNCTION_PREFIX="nfe-sales")
        transform = vars(factory)["nfe_nfe-sales"].tasks["transform"]
        self.assertEqual(transform.kwargs["job_name"], "nfe-sales-transform-spark")

    def test_glueArguments_withConfigurationPrefix_nameTheConfigurationPipelineAndBatchesOfEachGroup(self):
        factory = load_factory(NFE_PIPELINES_DIR=str(EXAMPLES), NFE_TRANSFORM_RUNNER="glue",
                               NFE_CONFIG_URI_PREFIX="s3://artifacts/pipelines/")
        arguments = vars(factory)["nfe_nfe-sales"].tasks["glue_arguments"]

        runs = arguments.callable(arguments.op_kwargs["pipeline"], [["a", "b"], ["c"]],
                                  arguments.op_kwargs["config_uri_prefix"])

        config = "s3://artifacts/pipelines/nfe-sales.yaml"
        self.assertEqual(runs, [{"--pipeline": "nfe-sales", "--config": config, "--batch-ids": "a,b"},
                                {"--pipeline": "nfe-sales", "--config": config, "--batch-ids": "c"}])

    def test_glueArguments_withoutConfigurationPrefix_leaveTheJobsDefaultConfiguration(self):
        factory = load_factory(NFE_PIPELINES_DIR=str(EXAMPLES), NFE_TRANSFORM_RUNNER="glue")
        arguments = vars(factory)["nfe_nfe-sales"].tasks["glue_arguments"]

        runs = arguments.callable(arguments.op_kwargs["pipeline"], [["a", "b"]],
                                  arguments.op_kwargs["config_uri_prefix"])

        self.assertEqual(runs, [{"--pipeline": "nfe-sales", "--batch-ids": "a,b"}])

    def test_configurationWithoutPipelineKey_failsNamingTheFile(self):
        with tempfile.TemporaryDirectory() as folder:
            Path(folder, "broken.yaml").write_text("storage: local\n")
            with self.assertRaisesRegex(ValueError, "broken.yaml: not a pipeline configuration"):
                load_factory(NFE_PIPELINES_DIR=folder)


if __name__ == "__main__":
    unittest.main()
