import sys

from wbs_desktop.cli.parser import main

sys.exit(main())
