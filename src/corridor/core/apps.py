from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "corridor.core"
    label = "core"

    def ready(self) -> None:
        from . import audit  # noqa: F401  (connects the history signal)
