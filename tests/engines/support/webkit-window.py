"""The browser WebKitWebDriver starts for the engine tests: a WebKitGTK view in a window of its own.

MiniBrowser, the browser that comes with WebKitGTK, keeps its window at least 447 px wide for its
toolbar, so a phone's 360 px could not be tried in it. This window has nothing but the page, in an
ephemeral profile (nothing stays between runs), and quits when its last view closes.

Started by WebKitWebDriver as `python3 webkit-window.py --automation` (tests/engines/support/webkit.ts).
"""

import sys

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import Gtk, WebKit2  # noqa: E402

# The name WebKitWebDriver matches against the session's `browserName`.
NAME = "clientship-engines"

if "--automation" not in sys.argv:
    sys.exit("webkit-window.py is started by WebKitWebDriver, with --automation")

context = WebKit2.WebContext.new_with_website_data_manager(
    WebKit2.WebsiteDataManager.new_ephemeral()
)
context.set_automation_allowed(True)
windows = []


def close_window(window):
    windows.remove(window)
    if not windows:
        Gtk.main_quit()


def create_web_view(_session):
    view = WebKit2.WebView(web_context=context, is_controlled_by_automation=True)
    window = Gtk.Window()
    window.set_default_size(1280, 900)
    window.add(view)
    view.connect("close", lambda _view: window.destroy())
    window.connect("destroy", close_window)
    windows.append(window)
    window.show_all()
    return view


def automation_started(_context, session):
    info = WebKit2.ApplicationInfo()
    info.set_name(NAME)
    info.set_version(1, 0, 0)
    session.set_application_info(info)
    session.connect("create-web-view", create_web_view)


context.connect("automation-started", automation_started)
Gtk.main()
