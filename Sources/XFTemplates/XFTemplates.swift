// XFTemplates: placeholder until its stage lands.
