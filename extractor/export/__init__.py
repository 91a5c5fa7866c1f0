"""Exporters: RunResult -> JSON, workbook, CSV. All writes are atomic."""
