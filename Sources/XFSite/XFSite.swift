// XFSite: placeholder until its stage lands.
