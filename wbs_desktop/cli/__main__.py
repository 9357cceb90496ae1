import sys

from wbs_desktop.cli.core import main

sys.exit(main())
