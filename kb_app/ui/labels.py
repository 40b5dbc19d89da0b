"""Translated names for the content's codes (document types, contact categories).

The core returns codes; the words people read are chosen here, through Qt's translation system.
Functions, not constants: the language can change while the app runs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

DOC_TYPES: tuple[str, ...] = ("article", "indicators", "contact", "scenario", "handout")


def type_names() -> dict[str, str]:
    """Singular, for badges next to a title."""
    return {
        "article": QCoreApplication.translate("Labels", "Article"),
        "indicators": QCoreApplication.translate("Labels", "Indicators"),
        "contact": QCoreApplication.translate("Labels", "Contact"),
        "scenario": QCoreApplication.translate("Labels", "Scenario"),
        "handout": QCoreApplication.translate("Labels", "Client handout"),
        "note": QCoreApplication.translate("Labels", "My note"),
    }


def type_plurals() -> dict[str, str]:
    """Headings of the library tree."""
    return {
        "article": QCoreApplication.translate("Labels", "Articles"),
        "indicators": QCoreApplication.translate("Labels", "Indicator sets"),
        "contact": QCoreApplication.translate("Labels", "Contacts"),
        "scenario": QCoreApplication.translate("Labels", "Workshop scenarios"),
        "handout": QCoreApplication.translate("Labels", "Client handouts"),
    }


def category_names() -> dict[str, str]:
    return {
        "emergency": QCoreApplication.translate("Labels", "Emergency"),
        "police": QCoreApplication.translate("Labels", "Police"),
        "coordination": QCoreApplication.translate("Labels", "Coordination"),
        "ngo": QCoreApplication.translate("Labels", "NGO"),
        "shelter": QCoreApplication.translate("Labels", "Shelter"),
        "hotline": QCoreApplication.translate("Labels", "Hotline"),
        "labour-inspection": QCoreApplication.translate("Labels", "Labour inspection"),
        "border-guard": QCoreApplication.translate("Labels", "Border guard"),
        "orphans-court": QCoreApplication.translate("Labels", "Orphans' court"),
        "child-protection": QCoreApplication.translate("Labels", "Child protection"),
        "international": QCoreApplication.translate("Labels", "International"),
        "consular": QCoreApplication.translate("Labels", "Consular help"),
        "legal-aid": QCoreApplication.translate("Labels", "Legal aid"),
        "migration": QCoreApplication.translate("Labels", "Migration"),
        "health": QCoreApplication.translate("Labels", "Health"),
        "social-services": QCoreApplication.translate("Labels", "Social services"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }
