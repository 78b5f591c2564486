"""Renderers: Anki decks, printable HTML, the interactive web quiz, the terminal quiz, LMS exports."""
