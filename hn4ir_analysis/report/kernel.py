"""The Jupyter kernels of a report run: their environment, log, engine, and how they stop.

:func:`check_kernel` checks that the kernel :data:`KERNEL_NAME` is installed;
:func:`register_engine` registers the papermill engine :data:`ENGINE`;
:func:`_kernel_manager_class` is the kernel manager :func:`hn4ir_analysis.report.execute.execute`
starts each kernel with; :func:`kill_kernels` and :func:`on_sigterm` stop them.

Notes
-----
Method:

* the papermill engine (:data:`ENGINE`) writes the output notebook once, at the end, also
  when a cell times out or the kernel dies;
* the kernel's stderr goes to a log file (kept by the runner for failed notebooks only);
* the kernel's environment is the runner's plus :func:`kernel_env` (``HN4IR_FIGURES_DIR=
  <run>/figures``, headless plotting), set per kernel manager (thread-safe), so that
  :func:`hn4ir_analysis.views.plots.save_figure` writes inside the run folder and never
  into the tracked ``figures/``;
* Ctrl-C or SIGTERM (:class:`Terminated`) kills the kernels this process started at once
  (:func:`kill_kernels`).
"""

from __future__ import annotations

import os
from pathlib import Path

from hn4ir_analysis import config
from hn4ir_analysis.report.plan import ReportError

KERNEL_NAME = "hn4ir"
ENGINE = "hn4ir-runner"
#: environment variable read by :mod:`hn4ir_analysis.config` (``FIGURES_DIR``)
FIGURES_ENV = "HN4IR_FIGURES_DIR"


def kernel_env(run_dir: Path) -> dict:
    """Variables added to the environment of a kernel started for ``run_dir``."""
    return {FIGURES_ENV: str(Path(run_dir).resolve() / "figures"), config.HEADLESS_ENV: "1"}


def _kernel_manager_class():
    """An AsyncKernelManager that sends the kernel's own stderr to a log file and adds
    ``extra_env`` to its environment.

    The kernel's log lines (``[IPKernelApp] …``, crash tracebacks) would otherwise land in
    the cron mail of every run; they are kept for failed notebooks only.
    """
    from jupyter_client.manager import AsyncKernelManager
    from traitlets import Dict, Unicode

    class LoggedKernelManager(AsyncKernelManager):
        stderr_path = Unicode("", config=True)
        extra_env = Dict({}, config=True)

        async def _async_launch_kernel(self, kernel_cmd, **kw):
            if self.extra_env:  # kw["env"] is this launch's own copy of the environment
                kw["env"] = {**kw.get("env", os.environ), **self.extra_env}
            if not self.stderr_path:
                return await super()._async_launch_kernel(kernel_cmd, **kw)
            with open(self.stderr_path, "ab") as log:  # the child keeps its own copy of the fd
                kw.setdefault("stderr", log)
                return await super()._async_launch_kernel(kernel_cmd, **kw)

    return LoggedKernelManager


def register_engine() -> None:
    """Papermill engine that writes the output notebook once, at the end, also when a cell
    times out or the kernel dies.

    Papermill's default writes the whole notebook before and after every cell (about 1 s
    of JSON encoding per notebook of 35 cells with figures, on the CPUs the kernels need);
    with ``request_save_on_cell_execute=False`` it writes only at the end, but then loses
    a notebook that stopped on a timeout: this engine writes that one itself.
    """
    from papermill.engines import NBClientEngine, papermill_engines
    from papermill.exceptions import PapermillException
    from papermill.iorw import write_ipynb

    try:
        papermill_engines.get_engine(ENGINE)
        return  # already registered
    except PapermillException:
        pass

    class RunnerEngine(NBClientEngine):
        @classmethod
        def execute_managed_notebook(cls, nb_man, kernel_name, partial_output=None, **kwargs):
            try:
                return super().execute_managed_notebook(nb_man, kernel_name, **kwargs)
            except BaseException:
                if partial_output:
                    write_ipynb(nb_man.nb, partial_output)
                raise

    papermill_engines.register(ENGINE, RunnerEngine)


def check_kernel() -> None:
    """Raise :class:`ReportError` if the Jupyter kernel :data:`KERNEL_NAME` is missing."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        KernelSpecManager().get_kernel_spec(KERNEL_NAME)
    except NoSuchKernel as exc:
        raise ReportError(
            f'Jupyter kernel "{KERNEL_NAME}" is not installed; run `make setup` or '
            f"`.venv/bin/python -m ipykernel install --sys-prefix --name {KERNEL_NAME}`"
        ) from exc


def kill_kernels() -> None:
    """Kill the kernels this process started (on Ctrl-C: do not wait for their timeouts)."""
    import psutil

    for child in psutil.Process().children(recursive=True):
        try:
            if "ipykernel_launcher" in " ".join(child.cmdline()):
                child.kill()
        except psutil.Error:
            pass


class Terminated(KeyboardInterrupt):
    """SIGTERM (a scheduler's kill), handled like Ctrl-C: kernels are killed, nothing published."""


def on_sigterm(signum, frame):
    """SIGTERM handler: raise :class:`Terminated` in the main thread."""
    raise Terminated()
