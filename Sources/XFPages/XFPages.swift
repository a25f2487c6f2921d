// XFPages: placeholder until its stage lands.
