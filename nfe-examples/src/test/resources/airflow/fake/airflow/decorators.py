"""The @task decorator of the stand-in Airflow."""

from airflow import Task


class _Partial:
    def __init__(self, decorated, kwargs):
        self.decorated = decorated
        self.kwargs = kwargs

    def expand(self, **mapped):
        return Task(self.decorated.kwargs.get("task_id", self.decorated.function.__name__), "mapped-python",
                    self.decorated.function, self.decorated.kwargs, self.kwargs, mapped)


class _Decorated:
    def __init__(self, function, kwargs):
        self.function = function
        self.kwargs = kwargs

    def __call__(self, *args, **kwargs):
        if args:
            kwargs = dict(zip(self.function.__code__.co_varnames, args), **kwargs)
        return Task(self.kwargs.get("task_id", self.function.__name__), "python", self.function, self.kwargs, kwargs)

    def partial(self, **kwargs):
        return _Partial(self, kwargs)

    def expand(self, **mapped):
        return _Partial(self, {}).expand(**mapped)


def task(function=None, **kwargs):
    if function is not None:
        return _Decorated(function, {})
    return lambda f: _Decorated(f, kwargs)
