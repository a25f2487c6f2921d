// XFPublish: placeholder until its stage lands.
