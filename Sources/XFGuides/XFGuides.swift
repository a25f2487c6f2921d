// XFGuides: placeholder until its stage lands.
