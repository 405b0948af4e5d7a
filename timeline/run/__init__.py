"""Running the extraction: in this process, in a pool of processes, or on Dask. Engines register by
name (engines.py); pipeline.py picks one and writes the store. May import every floor below (sources .. store).

The engine modules are imported here, so that importing any module of this floor fills the
registry before :mod:`timeline.run.pipeline` looks an engine up.
"""
from timeline.run import distributed, parallel  # noqa: F401 - they register the "dask" and "local" engines
