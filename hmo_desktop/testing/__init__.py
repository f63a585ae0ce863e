"""Helpers for testing HMO Desktop, shipped with the package for QA testers."""
