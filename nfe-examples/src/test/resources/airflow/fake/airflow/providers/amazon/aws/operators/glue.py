from airflow import Task


class _Partial:
    def __init__(self, kwargs):
        self.kwargs = kwargs

    def expand(self, **mapped):
        return Task(self.kwargs["task_id"], "mapped-glue", kwargs=self.kwargs, mapped_over=mapped)


class GlueJobOperator(Task):
    @classmethod
    def partial(cls, **kwargs):
        return _Partial(kwargs)
