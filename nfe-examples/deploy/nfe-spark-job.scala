// The script of the template's Glue job (SparkScriptKey). AWS Glue needs a script for a Scala job and compiles it
// before each run; the job itself is the class its --class argument names, dev.nfe.spark.SparkTransformJob, in the
// jar of --extra-jars (nfe-spark-job.jar), so this script declares nothing.
