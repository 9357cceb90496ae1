"""The desktop GUI (PySide6). Talks to :mod:`wbs_desktop.services` only."""

from wbs_desktop.gui.compat import protect_singletons

protect_singletons()
