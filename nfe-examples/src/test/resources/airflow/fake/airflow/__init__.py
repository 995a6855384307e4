"""A stand-in for the parts of Apache Airflow the nfe DAG factory uses, recording the DAGs it builds."""

_current = []


class Task:
    """A task of a DAG, or the output of one (Airflow's XComArg): both can be chained with >>."""

    def __init__(self, task_id, kind, callable_=None, kwargs=None, op_kwargs=None, mapped_over=None):
        self.task_id = task_id
        self.kind = kind
        self.callable = callable_
        self.kwargs = kwargs or {}
        self.op_kwargs = op_kwargs or {}
        self.mapped_over = mapped_over or {}
        self.upstream = set()
        self.downstream = set()
        self.dag = _current[-1] if _current else None
        if self.dag is not None:
            self.dag.add(self)
        for value in list(self.op_kwargs.values()) + list(self.mapped_over.values()):
            if isinstance(value, Task):
                value >> self

    def __rshift__(self, other):
        self.downstream.add(other.task_id)
        other.upstream.add(self.task_id)
        return other

    def __lshift__(self, other):
        other >> self
        return other


class DAG:
    """Collects the tasks created while it is the current DAG."""

    def __init__(self, dag_id, **kwargs):
        self.dag_id = dag_id
        self.kwargs = kwargs
        self.tasks = {}

    def add(self, task):
        if task.task_id in self.tasks:
            raise ValueError(f"{self.dag_id}: task {task.task_id} defined twice")
        self.tasks[task.task_id] = task

    def __enter__(self):
        _current.append(self)
        return self

    def __exit__(self, *exc):
        _current.pop()
        return False
