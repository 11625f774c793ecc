"""Intake Desk (收件核验台): the intake desk's register and disc checker."""

__version__ = "0.1.0"
APP_NAME = "Intake Desk"
APP_NAME_ZH = "收件核验台"
APP_ID = "intake-desk"
ORG_NAME = "IntakeDesk"
