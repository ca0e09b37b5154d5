"""Der Sprachserver (``lexdsl sprachserver``): ``index`` ohne pygls, ``server`` mit pygls."""
