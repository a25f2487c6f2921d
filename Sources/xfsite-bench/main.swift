import XFSite
print("bench")
