"""her2nav: navigation and decision support for HER2 in advanced gastric / GEJ adenocarcinoma."""

__version__ = "0.1.0"
