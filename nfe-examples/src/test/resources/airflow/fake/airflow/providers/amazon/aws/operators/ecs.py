from airflow import Task


class EcsRunTaskOperator(Task):
    def __init__(self, task_id, **kwargs):
        super().__init__(task_id, "ecs", kwargs=kwargs)
