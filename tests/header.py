"""include/wsmsg.h as the Python tests read it."""
import re


def functions(path):
    """The names of the functions the header declares (WSMSG_API), sorted."""
    text = open(path, encoding="utf-8").read()
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    return sorted(set(re.findall(r"\bWSMSG_API\b[^;{]*?\b(wsmsg_\w+)\s*\(", text)))
