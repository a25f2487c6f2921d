import XFSite
print("xfsite")
