"""The project's tests, laid out like the code: datapack/, directory/, ui/."""
