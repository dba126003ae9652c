"""Every notebook under notebooks/ runs without error on a store built from corpora/samples,
and writes the figures the README shows."""
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from pipelines.config import RunConfig
from pipelines.run import run

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
README_IMAGES = ROOT / "docs" / "img"

FIGURES = {
    "explore_entities": ("top_entities", "entities_by_province"),
    "restructuring_tracker": ("restructuring_timeline", "restructuring_legal_refs"),
    "who_held_what": ("tenure_person", "tenure_office"),
}
"""The figures each notebook saves when GOVNEWS_SAVE_FIGURES is set."""

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory) -> Path:
    store = tmp_path_factory.mktemp("notebook-store")
    summary = run(RunConfig(inputs=(ROOT / "corpora" / "samples",), store=store))
    assert summary.counters["written"] > 0
    return store


def test_every_notebook_is_covered():
    assert sorted(p.stem for p in NOTEBOOKS.glob("*.ipynb")) == sorted(FIGURES)


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_notebook_runs_on_the_sample_store(name, sample_store, tmp_path, monkeypatch):
    figures = tmp_path / "figures"
    monkeypatch.setenv("GOVNEWS_STORE", str(sample_store))
    monkeypatch.setenv("GOVNEWS_SAVE_FIGURES", str(figures))
    notebook = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    NotebookClient(notebook, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    errors = [output for cell in notebook.cells if cell.cell_type == "code"
              for output in cell.outputs if output.output_type == "error"]
    assert errors == []
    for figure in FIGURES[name]:
        assert (figures / f"{figure}.png").read_bytes().startswith(PNG_SIGNATURE), figure


@pytest.mark.parametrize("figure", sorted(f for names in FIGURES.values() for f in names))
def test_readme_image_exists(figure):
    assert (README_IMAGES / f"{figure}.png").read_bytes().startswith(PNG_SIGNATURE)


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_notebook_reads_the_store_from_the_environment(name):
    sources = "\n".join(cell.source for cell in nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4).cells)
    assert 'os.environ.get("GOVNEWS_STORE", "../store")' in sources
    assert str(ROOT) not in sources
