import sys

from blogbuild.cli import main

sys.exit(main())
