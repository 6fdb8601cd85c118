"""The detection engine: NoData, the cloud-edge buffer, threads and speed."""
