# rules_httpd.py PORT: http.server's file handler, whose GET also runs a
# shell command (subprocess with shell=True), as a command injection in a
# web application would: the variant of `python3 -m http.server` that the
# shell_from_server rule must catch (tests/integration/rules.sh).
import http.server
import subprocess
import sys


class Handler(http.server.SimpleHTTPRequestHandler):
    def do_GET(self):
        subprocess.run("echo served > /dev/null", shell=True, check=True)
        super().do_GET()


http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
