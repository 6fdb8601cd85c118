"""Sample-based area estimation: stratified estimators, sample size, stratified random sampling."""
