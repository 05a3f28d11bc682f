-- Patients give a street address; the practice locates it, and says when only the postal code did.
ALTER TABLE patient ADD COLUMN home_street VARCHAR(150);
ALTER TABLE patient ADD COLUMN home_postal_code VARCHAR(12);
ALTER TABLE patient ADD COLUMN home_city VARCHAR(80);
ALTER TABLE patient ADD COLUMN home_location_approximate BOOLEAN DEFAULT FALSE NOT NULL;

-- The practice's own table of its area's postal codes, for when no geocoder answers. Admins extend
-- it; the seed covers the demo practice's Sacramento area (centroids rounded to about 100 m).
CREATE TABLE postal_code_area (
  postal_code VARCHAR(12) NOT NULL PRIMARY KEY,
  place_name VARCHAR(80) NOT NULL,
  latitude DOUBLE NOT NULL,
  longitude DOUBLE NOT NULL,
  version BIGINT NOT NULL
);

INSERT INTO postal_code_area (postal_code, place_name, latitude, longitude, version) VALUES
  ('95811', 'Sacramento (Downtown)', 38.5860, -121.4870, 0),
  ('95814', 'Sacramento (Capitol)', 38.5800, -121.4940, 0),
  ('95815', 'Sacramento (Woodlake)', 38.6090, -121.4460, 0),
  ('95816', 'Sacramento (Midtown, East Sacramento)', 38.5730, -121.4680, 0),
  ('95817', 'Sacramento (Oak Park)', 38.5500, -121.4570, 0),
  ('95818', 'Sacramento (Land Park)', 38.5570, -121.4930, 0),
  ('95819', 'Sacramento (East Sacramento)', 38.5680, -121.4370, 0),
  ('95820', 'Sacramento (Tahoe Park)', 38.5350, -121.4460, 0),
  ('95821', 'Sacramento (Arden)', 38.6250, -121.3840, 0),
  ('95822', 'Sacramento (Hollywood Park)', 38.5140, -121.4940, 0),
  ('95823', 'Sacramento (Valley Hi)', 38.4750, -121.4430, 0),
  ('95824', 'Sacramento (Fruitridge)', 38.5170, -121.4420, 0),
  ('95825', 'Sacramento (Campus Commons)', 38.5890, -121.4060, 0),
  ('95826', 'Sacramento (College Greens)', 38.5450, -121.3800, 0),
  ('95827', 'Sacramento (Lincoln Village)', 38.5550, -121.3270, 0),
  ('95828', 'Sacramento (Florin)', 38.4860, -121.4000, 0),
  ('95831', 'Sacramento (Pocket)', 38.4960, -121.5300, 0),
  ('95833', 'Sacramento (South Natomas)', 38.6160, -121.5060, 0),
  ('95834', 'Sacramento (North Natomas)', 38.6380, -121.5150, 0),
  ('95838', 'Sacramento (Del Paso Heights)', 38.6410, -121.4410, 0),
  ('95841', 'Sacramento (Foothill Farms)', 38.6620, -121.3470, 0),
  ('95842', 'Sacramento (Antelope)', 38.6870, -121.3490, 0),
  ('95864', 'Sacramento (Arden-Arcade)', 38.5850, -121.3770, 0),
  ('95605', 'West Sacramento (Bryte)', 38.5930, -121.5380, 0),
  ('95691', 'West Sacramento', 38.5660, -121.5630, 0),
  ('95608', 'Carmichael', 38.6280, -121.3280, 0),
  ('95610', 'Citrus Heights (east)', 38.6950, -121.2720, 0),
  ('95621', 'Citrus Heights (west)', 38.6960, -121.3080, 0),
  ('95628', 'Fair Oaks', 38.6510, -121.2570, 0),
  ('95660', 'North Highlands', 38.6780, -121.3790, 0),
  ('95662', 'Orangevale', 38.6860, -121.2210, 0),
  ('95670', 'Rancho Cordova', 38.5920, -121.2830, 0),
  ('95742', 'Rancho Cordova (east)', 38.5880, -121.2060, 0),
  ('95624', 'Elk Grove (east)', 38.4240, -121.3580, 0),
  ('95757', 'Elk Grove (south-west)', 38.3930, -121.4360, 0),
  ('95758', 'Elk Grove (north-west)', 38.4250, -121.4380, 0),
  ('95630', 'Folsom', 38.6710, -121.1500, 0),
  ('95661', 'Roseville (east)', 38.7340, -121.2350, 0),
  ('95678', 'Roseville (central)', 38.7610, -121.2860, 0),
  ('95747', 'Roseville (west)', 38.7800, -121.3530, 0),
  ('95677', 'Rocklin', 38.7870, -121.2380, 0),
  ('95765', 'Rocklin (north)', 38.8170, -121.2760, 0);
