"""The `govnews` command line: thin over plain functions that tests call."""
from __future__ import annotations

import json
from concurrent.futures.process import BrokenProcessPool
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from pipelines.config import DEFAULT_MAX_RECORD_BYTES, RunConfig
from pipelines.run import AccountingError, RunSummary, run
from pipelines.store.lock import StoreLocked
from pipelines.store.writer import StoreError

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 3

app = typer.Typer(
    help="Vietnamese government news → Parquet tables of officials, titles, agencies, "
         "dates and legal references.\n\nExit codes: 0 done, 1 failed, 2 usage error, "
         "3 store locked.",
    no_args_is_help=True,
    add_completion=False,
)


def _fail(message: str, code: int) -> typer.Exit:
    Console(stderr=True).print(f"[bold red]error:[/] {message}")
    return typer.Exit(code)


@app.command("run")
def run_command(
    inputs: Annotated[list[Path], typer.Argument(
        help="Files or directories (walked recursively): .txt, .jsonl, .jsonl.gz, "
             ".html, .htm, .warc, .warc.gz.", show_default=False)],
    store: Annotated[Path, typer.Option("--store", "-s", help="The store directory (created if missing).")],
    wait: Annotated[bool, typer.Option("--wait", help="Wait for a run holding the store instead of exiting with code 3.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the run summary as one JSON object.")] = False,
    max_record_mb: Annotated[float, typer.Option("--max-record-mb", help="Reject records larger than this (too_large).")] = DEFAULT_MAX_RECORD_BYTES / 2**20,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Articles segmented and extracted together.")] = 64,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Worker processes (local engine) or Dask workers of a LocalCluster.")] = 1,
    engine: Annotated[str, typer.Option("--engine", help="local (this machine) or dask (dask.distributed).")] = "local",
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", help="With --engine dask: the address of an existing scheduler, e.g. tcp://10.0.0.5:8786.")] = None,
    reprocess: Annotated[bool, typer.Option("--reprocess", help="Process again the stored records of another pipeline_version, replacing their rows.")] = False,
) -> None:
    """Read articles, clean, segment and extract them, and commit the tables to STORE."""
    from pipelines.engines import ENGINES

    missing = [str(p) for p in inputs if not p.exists() and not p.is_symlink()]
    if missing:
        raise _fail(f"input not found: {', '.join(missing)}", EXIT_USAGE)
    if engine not in ENGINES:
        raise _fail(f"unknown engine {engine!r}: choose one of {', '.join(ENGINES)}", EXIT_USAGE)
    if scheduler and engine != "dask":
        raise _fail("--scheduler goes with --engine dask", EXIT_USAGE)
    config = RunConfig(inputs=tuple(inputs), store=store, batch_size=batch_size,
                       max_record_bytes=int(max_record_mb * 2**20), workers=workers,
                       engine=engine, scheduler=scheduler, reprocess=reprocess)
    show_progress = sys.stdout.isatty() and not as_json
    try:
        summary = _run_with_progress(config, wait) if show_progress else run(config, wait=wait)
    except StoreLocked as exc:
        raise _fail(str(exc), EXIT_LOCKED)
    except StoreError as exc:
        raise _fail(str(exc), EXIT_FAILED)
    except BrokenProcessPool as exc:
        raise _fail(f"a worker process died ({exc}); nothing of this run was committed", EXIT_FAILED)
    except AccountingError as exc:
        raise _fail(str(exc), EXIT_FAILED)
    if as_json:
        typer.echo(json.dumps(summary.to_dict(), ensure_ascii=False))
    else:
        print_summary(summary, Console())


def _run_with_progress(config: RunConfig, wait: bool) -> RunSummary:
    started = time.perf_counter()
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                  transient=True) as progress:
        task = progress.add_task("reading")

        def update(counters: Counter) -> None:
            rate = counters["written"] / max(time.perf_counter() - started, 1e-9)
            progress.update(task, description=(
                f"read {counters['read']} · written {counters['written']} · {rate:.1f} articles/s"))

        return run(config, wait=wait, on_progress=update)


def print_summary(summary: RunSummary, console: Console) -> None:
    table = Table(title=f"govnews run {summary.run_id}")
    table.add_column("counter")
    table.add_column("value", justify="right")
    for line in summary.recovered:
        console.print(f"[yellow]recovery:[/] {line}")
    for name, value in sorted(summary.counters.items()):
        table.add_row(name, str(value))
    table.add_row("seconds", f"{summary.seconds:.1f}")
    console.print(table)
    style = "green" if summary.accounting_holds else "bold red"
    console.print(f"[{style}]{summary.accounting_line()}[/]")


@app.command("eval")
def eval_command(
    gold: Annotated[Path, typer.Argument(help="A gold file in the SPEC §5 format (JSONL).")],
    errors: Annotated[int, typer.Option("--errors", min=0, help="Print the N articles with the most errors.")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as one JSON object.")] = False,
) -> None:
    """Score the pipeline on a gold file (SPEC §5), beside underthesea's NER."""
    from pipelines.evaluate import evaluate

    if not gold.is_file():
        raise _fail(f"gold file not found: {gold}", EXIT_USAGE)
    result = evaluate(gold, RunConfig(inputs=(gold,), store=Path(".")))
    if as_json:
        typer.echo(json.dumps({"ours": result.ours.to_dict(), "underthesea": result.baseline.to_dict(),
                               "cleaning_problems": result.cleaning_problems}, ensure_ascii=False))
        return
    console = Console()
    table = Table(title=f"govnews eval {gold.name}")
    for column in ("kind", "precision", "recall", "F1", "tp", "fp", "fn", "underthesea F1"):
        table.add_column(column, justify="left" if column == "kind" else "right")
    for kind, prf in result.ours.per_kind.items():
        base = result.baseline.per_kind.get(kind)
        base_f1 = f"{base.f1:.3f}" if base and kind in ("officials", "agencies") else ""
        table.add_row(kind, f"{prf.precision:.3f}", f"{prf.recall:.3f}", f"{prf.f1:.3f}",
                      str(prf.tp), str(prf.fp), str(prf.fn), base_f1)
    console.print(table)
    accuracy = result.ours.restructuring_accuracy
    console.print(f"restructuring accuracy: {accuracy:.3f}" if accuracy is not None else "restructuring: no gold")
    console.print(f"cleaning: {len(result.cleaning_problems)} article(s) with problems")
    for doc_id, problems in list(result.cleaning_problems.items())[:errors]:
        for problem in problems:
            console.print(f"  {doc_id}: {problem}", markup=False)
    for article_errors in result.ours.errors[:errors]:
        console.print(str(article_errors), markup=False)


@app.command("compact")
def compact_command(
    store: Annotated[Path, typer.Argument(help="The store directory.")],
    wait: Annotated[bool, typer.Option("--wait", help="Wait for a run holding the store instead of exiting with code 3.")] = False,
) -> None:
    """Rewrite each table of STORE into few Parquet files, atomically (same rows)."""
    from pipelines.store.compact import compact

    try:
        result = compact(store, wait=wait)
    except StoreLocked as exc:
        raise _fail(str(exc), EXIT_LOCKED)
    except StoreError as exc:
        raise _fail(str(exc), EXIT_FAILED)
    console = Console()
    for line in result.recovered:
        console.print(f"[yellow]recovery:[/] {line}")
    table = Table(title=f"govnews compact {store}")
    for column in ("table", "files before", "files after"):
        table.add_column(column, justify="left" if column == "table" else "right")
    for name, before in result.files_before.items():
        table.add_row(name, str(before), str(result.files_after[name]))
    console.print(table)


@app.command("show")
def show_command(
    store: Annotated[Path, typer.Argument(help="The store directory.")],
    article_id: Annotated[str, typer.Argument(help="An article_id (or a doc_id naming exactly one article).")],
    html_out: Annotated[Path, typer.Option("--html", help="Write the article as an HTML page to this file.")],
) -> None:
    """One article as HTML: entities highlighted, restructuring evidence marked, the extracted rows below."""
    from pipelines.show import UnknownArticle, render_article_html
    from pipelines.store.query import QueryRefused, ensure_outside_store

    try:
        ensure_outside_store(store, html_out)
        page = render_article_html(store, article_id)
    except (UnknownArticle, QueryRefused) as exc:
        raise _fail(str(exc), EXIT_USAGE)
    except StoreLocked as exc:
        raise _fail(str(exc), EXIT_LOCKED)
    except StoreError as exc:
        raise _fail(str(exc), EXIT_FAILED)
    html_out.write_text(page, encoding="utf-8")
    Console().print(f"wrote {html_out}")


@app.command("query")
def query_command(
    store: Annotated[Path, typer.Argument(help="The store directory.")],
    sql: Annotated[str, typer.Argument(help="SELECT statements over the views: articles, sentences, "
                                            "officials, positions, agencies, dates, legal_refs, "
                                            "duplicates, rejects, runs, people, restructuring.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, json (one object per line) or parquet.")] = "table",
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file (required for parquet).")] = None,
    wait: Annotated[bool, typer.Option("--wait", help="Wait for a commit in progress instead of exiting with code 3.")] = False,
    max_rows: Annotated[int, typer.Option("--max-rows", min=1, help="Rows shown by --format table.")] = 50,
) -> None:
    """Query the store read-only with DuckDB SQL; writes are refused."""
    import duckdb

    from pipelines.store.query import OUTPUT_FORMATS, QueryRefused, ensure_outside_store, format_table, rich_table, run_query

    if fmt not in ("table", *OUTPUT_FORMATS):
        raise _fail(f"unknown format {fmt!r}: use table, csv, json or parquet", EXIT_USAGE)
    if fmt == "parquet" and output is None:
        raise _fail("--format parquet needs --output FILE", EXIT_USAGE)
    try:
        if output is not None:
            ensure_outside_store(store, output)
        result = run_query(store, sql, wait=wait)
    except StoreLocked as exc:
        raise _fail(str(exc), EXIT_LOCKED)
    except (QueryRefused, duckdb.ParserException, duckdb.BinderException, duckdb.CatalogException) as exc:
        raise _fail(str(exc), EXIT_USAGE)
    except (StoreError, duckdb.Error) as exc:
        raise _fail(str(exc), EXIT_FAILED)
    if fmt == "table":
        Console().print(rich_table(result, max_rows=max_rows))
    else:
        format_table(result, fmt, output if output is not None else sys.stdout)


@app.callback()
def _commands() -> None:
    """govnews: run | query | show | eval | compact"""


if __name__ == "__main__":
    app()
