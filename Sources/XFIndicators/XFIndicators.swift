// XFIndicators: placeholder until its stage lands.
