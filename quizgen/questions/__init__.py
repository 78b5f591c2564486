"""The question bank: one module per question type, assembled by ``bank.py``."""
