"""The NLP of govnews: pure functions and spaCy components, no file I/O."""
