package dev.nfe.examples.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The deployment template (nfe-examples/deploy/template.yaml), parsed with its intrinsic functions. */
class DeploymentTemplateTest {
    private static final Path TEMPLATE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize()
            .resolve("deploy/template.yaml");

    private final JsonNode template;
    private final JsonNode resources;

    DeploymentTemplateTest() throws IOException {
        template = CloudFormationYaml.read(TEMPLATE);
        resources = template.get("Resources");
    }

    private List<Map.Entry<String, JsonNode>> ofType(String type) {
        List<Map.Entry<String, JsonNode>> found = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = resources.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> resource = it.next();
            if (resource.getValue().get("Type").asText().equals(type)) {
                found.add(resource);
            }
        }
        return found;
    }

    private static String ref(JsonNode node) {
        return node.path("Ref").asText();
    }

    @Test
    void buckets_threeVersionedEncryptedAndNeverPublic() {
        List<Map.Entry<String, JsonNode>> buckets = ofType("AWS::S3::Bucket");

        assertThat(buckets).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("LakeBucket", "ArtifactBucket", "AthenaResultsBucket");
        for (Map.Entry<String, JsonNode> bucket : buckets) {
            JsonNode properties = bucket.getValue().get("Properties");
            assertThat(properties.at("/VersioningConfiguration/Status").asText()).as(bucket.getKey())
                    .isEqualTo("Enabled");
            assertThat(properties.at("/BucketEncryption/ServerSideEncryptionConfiguration/0"
                    + "/ServerSideEncryptionByDefault/SSEAlgorithm").asText()).as(bucket.getKey()).isNotEmpty();
            JsonNode block = properties.get("PublicAccessBlockConfiguration");
            for (String flag : List.of("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls",
                    "RestrictPublicBuckets")) {
                assertThat(block.get(flag).asBoolean()).as(bucket.getKey() + " " + flag).isTrue();
            }
        }
    }

    @Test
    void functions_runInPrivateSubnetsWhoseOnlyWayOutIsTheNatGateway() {
        List<Map.Entry<String, JsonNode>> functions = ofType("AWS::Lambda::Function");
        assertThat(functions).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("ExtractFunction", "TransformFunction", "LoadFunction");
        for (Map.Entry<String, JsonNode> function : functions) {
            JsonNode properties = function.getValue().get("Properties");
            assertThat(properties.at("/VpcConfig/SubnetIds").findValuesAsText("Ref"))
                    .containsExactly("PrivateSubnetA", "PrivateSubnetB");
            assertThat(properties.at("/Handler/Ref").asText()).as("handler from a parameter").endsWith("Handler");
            assertThat(properties.at("/Timeout").asInt()).isEqualTo(900);
            assertThat(properties.at("/Environment/Variables/JAVA_TOOL_OPTIONS").asText())
                    .contains("-Dslf4j.provider=dev.nfe.aws.cloudwatch.JsonLogProvider");
        }
        for (String subnet : List.of("PrivateSubnetA", "PrivateSubnetB")) {
            String table = ofType("AWS::EC2::SubnetRouteTableAssociation").stream()
                    .map(Map.Entry::getValue)
                    .filter(association -> ref(association.at("/Properties/SubnetId")).equals(subnet))
                    .map(association -> ref(association.at("/Properties/RouteTableId")))
                    .findFirst().orElseThrow();
            List<JsonNode> defaults = ofType("AWS::EC2::Route").stream().map(Map.Entry::getValue)
                    .filter(route -> ref(route.at("/Properties/RouteTableId")).equals(table))
                    .toList();
            assertThat(defaults).singleElement().satisfies(route -> {
                assertThat(route.at("/Properties/DestinationCidrBlock").asText()).isEqualTo("0.0.0.0/0");
                assertThat(ref(route.at("/Properties/NatGatewayId"))).isEqualTo("NatGateway");
                assertThat(route.at("/Properties").has("GatewayId")).isFalse();
            });
        }
        JsonNode nat = resources.get("NatGateway").get("Properties");
        assertThat(ref(nat.get("SubnetId"))).isEqualTo("PublicSubnet");
        assertThat(nat.at("/AllocationId/Fn::GetAtt").toString()).isEqualTo("[\"NatAddress\",\"AllocationId\"]");
        assertThat(resources.at("/PublicDefaultRoute/Properties/GatewayId/Ref").asText()).isEqualTo("InternetGateway");
        assertThat(resources.at("/FunctionSecurityGroup/Properties").has("SecurityGroupIngress")).isFalse();
    }

    @Test
    void topicSecretDatabaseAndAlarmsOnTheFailureMetricExist() {
        assertThat(ofType("AWS::SNS::Topic")).hasSize(1);
        assertThat(ofType("AWS::SecretsManager::Secret")).extracting(Map.Entry::getKey)
                .contains("RedshiftSecret");
        assertThat(ofType("AWS::Glue::Database")).hasSize(1);
        List<Map.Entry<String, JsonNode>> alarms = ofType("AWS::CloudWatch::Alarm");
        assertThat(alarms).hasSize(3);
        List<String> stages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> alarm : alarms) {
            JsonNode properties = alarm.getValue().get("Properties");
            assertThat(properties.get("MetricName").asText()).isEqualTo("Failures");
            assertThat(ref(properties.get("Namespace"))).isEqualTo("MetricsNamespace");
            assertThat(properties.get("AlarmActions").findValuesAsText("Ref")).containsExactly("AlertsTopic");
            assertThat(properties.get("Dimensions").findValuesAsText("Name")).containsExactly("pipeline", "stage");
            stages.add(properties.at("/Dimensions/1/Value").asText());
        }
        assertThat(stages).containsExactlyInAnyOrder("extract", "transform", "load");
    }

    private static List<String> actions(JsonNode statement) {
        List<String> actions = new ArrayList<>();
        JsonNode action = statement.get("Action");
        (action.isArray() ? action : List.of(action)).forEach(node -> actions.add(node.asText()));
        return actions;
    }

    /** Every action of every statement of a role. */
    private List<String> actionsOf(String role) {
        List<String> found = new ArrayList<>();
        for (JsonNode policy : resources.get(role).at("/Properties/Policies")) {
            for (JsonNode statement : policy.at("/PolicyDocument/Statement")) {
                found.addAll(actions(statement));
            }
        }
        return found;
    }

    /** Every resource of every statement of every role, as text ({@code Fn::Sub} strings and {@code Ref}s). */
    private List<String> resourcesOf(String role, String wanted) {
        List<String> found = new ArrayList<>();
        for (JsonNode policy : resources.get(role).at("/Properties/Policies")) {
            for (JsonNode statement : policy.at("/PolicyDocument/Statement")) {
                if (!actions(statement).contains(wanted)) {
                    continue;
                }
                JsonNode resource = statement.get("Resource");
                for (JsonNode each : resource.isArray() ? resource : List.of(resource)) {
                    found.add(each.has("Fn::Sub") ? each.get("Fn::Sub").asText()
                            : each.has("Ref") ? "Ref:" + each.get("Ref").asText()
                            : each.has("Fn::GetAtt") ? each.get("Fn::GetAtt").get(0).asText() + ".Arn"
                            : each.asText());
                }
            }
        }
        return found;
    }

    @Test
    void roles_neverNameAWildcardResource() {
        for (Map.Entry<String, JsonNode> role : ofType("AWS::IAM::Role")) {
            for (JsonNode policy : role.getValue().at("/Properties/Policies")) {
                for (JsonNode statement : policy.at("/PolicyDocument/Statement")) {
                    if (actions(statement).stream().allMatch(action -> action.startsWith("ec2:Describe"))) {
                        continue; // IAM cannot narrow an EC2 Describe call to a resource
                    }
                    JsonNode resource = statement.get("Resource");
                    for (JsonNode each : resource.isArray() ? resource : List.of(resource)) {
                        assertThat(each.isTextual() && each.asText().contains("*") && !each.asText().contains(":"))
                                .as(role.getKey() + " " + statement.path("Sid").asText()).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void roles_eachFunctionWritesOnlyItsOwnLayerAndState() {
        String lake = "${LakeBucket.Arn}/${LakePrefix}";
        assertThat(resourcesOf("ExtractRole", "s3:PutObject")).containsExactlyInAnyOrder(
                lake + "bronze/${PipelineName}/*", lake + "_state/${PipelineName}/*");
        assertThat(resourcesOf("TransformRole", "s3:PutObject")).containsExactlyInAnyOrder(
                lake + "silver/*", lake + "_state/${PipelineName}/*");
        assertThat(resourcesOf("LoadRole", "s3:PutObject")).containsExactlyInAnyOrder(
                lake + "gold/*", lake + "_state/${PipelineName}/*");
        assertThat(resourcesOf("TransformRole", "s3:GetObject")).contains(lake + "bronze/${PipelineName}/*")
                .noneMatch(resource -> resource.contains("gold/"));
        assertThat(resourcesOf("LoadRole", "s3:GetObject")).noneMatch(resource -> resource.contains("bronze/"));
        assertThat(resourcesOf("ExtractRole", "s3:GetObject"))
                .noneMatch(resource -> resource.contains("silver/") || resource.contains("gold/"));
        assertThat(resourcesOf("LoadRole", "secretsmanager:GetSecretValue")).containsExactly("Ref:RedshiftSecret");
        assertThat(resourcesOf("TransformRole", "secretsmanager:GetSecretValue")).isEmpty();
        assertThat(resourcesOf("TransformRole", "glue:BatchCreatePartition"))
                .allMatch(resource -> resource.contains("${GlueDatabaseName}") || resource.endsWith(":catalog"));
        for (String role : List.of("TransformRole", "LoadRole")) {
            for (String action : List.of("glue:GetTables", "glue:UpdateTable", "glue:DeleteTable")) {
                assertThat(resourcesOf(role, action)).as("%s %s, for an iceberg layer's glue catalog", role, action)
                        .isNotEmpty()
                        .allMatch(resource -> resource.contains("${GlueDatabaseName}") || resource.endsWith(":catalog"));
            }
        }
        assertThat(resourcesOf("ExtractRole", "glue:UpdateTable")).isEmpty();
        for (String role : List.of("ExtractRole", "TransformRole", "LoadRole")) {
            assertThat(resourcesOf(role, "sns:Publish")).containsExactly("Ref:AlertsTopic");
            assertThat(resourcesOf(role, "s3:ListBucket")).containsExactly("LakeBucket.Arn");
        }
    }

    @Test
    void sparkJob_whenNoJarKeyIsGiven_isNotCreated() {
        assertThat(template.at("/Parameters/SparkJobKey/Default").asText()).isEmpty();
        assertThat(template.at("/Conditions/HasSparkJob").toString())
                .isEqualTo("{\"Fn::Not\":[{\"Fn::Equals\":[{\"Ref\":\"SparkJobKey\"},\"\"]}]}");
        List<String> spark = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = resources.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> resource = it.next();
            if (resource.getKey().startsWith("Spark")) {
                spark.add(resource.getKey());
                assertThat(resource.getValue().path("Condition").asText()).as(resource.getKey())
                        .isEqualTo("HasSparkJob");
            }
        }
        assertThat(spark).containsExactlyInAnyOrder("SparkSecurityGroup", "SparkWorkersIngress", "SparkWorkersEgress",
                "SparkConnection", "SparkRole", "SparkLogs", "SparkJob");
        assertThat(ofType("AWS::Glue::Job")).extracting(Map.Entry::getKey).containsExactly("SparkJob");
        assertThat(template.at("/Outputs/SparkJobName/Condition").asText()).isEqualTo("HasSparkJob");
        assertThat(ref(template.at("/Outputs/SparkJobName/Value"))).isEqualTo("SparkJob");
    }

    @Test
    void sparkJob_runsTheJarsTransformJobOnGlue5WithIceberg() {
        JsonNode job = resources.at("/SparkJob/Properties");
        JsonNode arguments = job.get("DefaultArguments");

        assertThat(job.at("/Name/Fn::Sub").asText()).as("the DAG factory's NFE_GLUE_JOB for the functions' prefix")
                .isEqualTo("${PipelineName}-transform-spark");
        assertThat(job.get("GlueVersion").asText()).isEqualTo("5.0");
        assertThat(job.at("/Command/Name").asText()).isEqualTo("glueetl");
        assertThat(job.at("/Command/ScriptLocation/Fn::Sub").asText())
                .isEqualTo("s3://${CodeBucket}/${SparkScriptKey}");
        assertThat(arguments.get("--job-language").asText()).isEqualTo("scala");
        assertThat(arguments.get("--class").asText()).isEqualTo("dev.nfe.spark.SparkTransformJob");
        assertThat(arguments.at("/--extra-jars/Fn::Sub").asText()).isEqualTo("s3://${CodeBucket}/${SparkJobKey}");
        assertThat(arguments.get("--user-jars-first").isTextual()).as("Glue arguments are strings").isTrue();
        assertThat(arguments.get("--user-jars-first").asText()).isEqualTo("true");
        assertThat(arguments.get("--datalake-formats").asText()).isEqualTo("iceberg");
        assertThat(arguments.get("--conf").asText()).isEqualTo(
                "spark.sql.extensions=org.apache.iceberg.spark.extensions.IcebergSparkSessionExtensions");
        assertThat(arguments.get("--config")).as("the functions' configuration")
                .isEqualTo(resources.at("/TransformFunction/Properties/Environment/Variables/NFE_CONFIG"));
        assertThat(ref(arguments.get("--pipeline"))).isEqualTo("PipelineName");
        assertThat(arguments.get("--enable-continuous-cloudwatch-log").asText()).isEqualTo("true");
        assertThat(job.at("/Role/Fn::GetAtt").toString()).isEqualTo("[\"SparkRole\",\"Arn\"]");
        assertThat(job.get("MaxRetries").asInt()).as("Airflow retries; a run is idempotent").isZero();
        assertThat(job.get("Timeout").asInt()).isPositive();
        assertThat(ref(job.at("/ExecutionProperty/MaxConcurrentRuns"))).isEqualTo("TransformConcurrency");
        assertThat(ref(job.get("WorkerType"))).isEqualTo("SparkWorkerType");
        assertThat(template.at("/Parameters/SparkWorkerType/Default").asText()).isEqualTo("G.1X");
        assertThat(ref(job.get("NumberOfWorkers"))).isEqualTo("SparkWorkers");
        assertThat(template.at("/Parameters/SparkWorkers/Default").asInt()).isEqualTo(10);
    }

    @Test
    void sparkRole_isAssumedByGlueWithTheTransformFunctionsLakeAndCatalogAccess() {
        JsonNode role = resources.at("/SparkRole/Properties");
        assertThat(role.at("/AssumeRolePolicyDocument/Statement").findValuesAsText("Service"))
                .containsExactly("glue.amazonaws.com");
        assertThat(role.has("ManagedPolicyArns")).as("explicit statements, not AWSGlueServiceRole's glue:*").isFalse();

        for (String action : List.of("s3:PutObject", "s3:DeleteObject", "s3:ListBucket", "sns:Publish")) {
            assertThat(resourcesOf("SparkRole", action)).as(action)
                    .containsExactlyInAnyOrderElementsOf(resourcesOf("TransformRole", action));
        }
        assertThat(resourcesOf("SparkRole", "s3:GetObject")).containsExactlyInAnyOrderElementsOf(Stream.concat(
                resourcesOf("TransformRole", "s3:GetObject").stream(),
                Stream.of("arn:${AWS::Partition}:s3:::${CodeBucket}/${SparkJobKey}",
                        "arn:${AWS::Partition}:s3:::${CodeBucket}/${SparkScriptKey}")).toList());
        List<String> catalog = actionsOf("TransformRole").stream().filter(action -> action.startsWith("glue:"))
                .distinct().toList();
        assertThat(catalog).contains("glue:BatchCreatePartition", "glue:UpdateTable");
        for (String action : catalog) {
            assertThat(resourcesOf("SparkRole", action)).as(action)
                    .containsExactlyInAnyOrderElementsOf(resourcesOf("TransformRole", action));
        }
        assertThat(actionsOf("SparkRole")).filteredOn(action -> action.startsWith("glue:"))
                .doesNotContain("glue:*", "glue:DeleteDatabase");
    }

    @Test
    void sparkJob_workersRunInAPrivateSubnetInAGroupOpenOnlyToItself() {
        JsonNode connection = resources.at("/SparkConnection/Properties/ConnectionInput");
        assertThat(connection.get("ConnectionType").asText()).isEqualTo("NETWORK");
        assertThat(ref(connection.at("/PhysicalConnectionRequirements/SubnetId"))).isEqualTo("PrivateSubnetA");
        assertThat(connection.at("/PhysicalConnectionRequirements/SecurityGroupIdList").toString())
                .isEqualTo("[{\"Fn::GetAtt\":[\"SparkSecurityGroup\",\"GroupId\"]}]");
        assertThat(resources.at("/SparkJob/Properties/Connections/Connections").findValuesAsText("Ref"))
                .containsExactly("SparkConnection");

        String self = "[\"SparkSecurityGroup\",\"GroupId\"]";
        JsonNode ingress = resources.at("/SparkWorkersIngress/Properties");
        assertThat(ingress.at("/GroupId/Fn::GetAtt").toString()).isEqualTo(self);
        assertThat(ingress.at("/SourceSecurityGroupId/Fn::GetAtt").toString()).isEqualTo(self);
        JsonNode egress = resources.at("/SparkWorkersEgress/Properties");
        assertThat(egress.at("/DestinationSecurityGroupId/Fn::GetAtt").toString()).isEqualTo(self);
        for (JsonNode rule : List.of(ingress, egress)) {
            assertThat(rule.get("FromPort").asInt()).isZero();
            assertThat(rule.get("ToPort").asInt()).isEqualTo(65535);
        }
        assertThat(ofType("AWS::EC2::SecurityGroupIngress")).extracting(Map.Entry::getKey)
                .containsExactly("SparkWorkersIngress");
        assertThat(resources.at("/SparkSecurityGroup/Properties").has("SecurityGroupIngress")).isFalse();
        assertThat(resources.at("/SparkSecurityGroup/Properties/SecurityGroupEgress").findValuesAsText("FromPort"))
                .containsExactly("443");
    }

    @Test
    void cfnLint_whenInstalled_findsNothing() throws Exception {
        Process process;
        try {
            process = new ProcessBuilder("cfn-lint", TEMPLATE.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "cfn-lint is not installed");
            return;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
    }
}
