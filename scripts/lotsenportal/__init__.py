"""Lotsenportal: a static, multilingual website generator for Integrationslotsen projects."""
