/**
 * A directory of the world's large companies by the names news text gives them ("Toyota said", "Goldman
 * Sachs said"), and the words that end a company's formal name ("Toyota Motor Corp"). A company before a
 * verb of speech reads like a person known by one name, or like a full name ("Morgan Stanley", "Lockheed
 * Martin"); these tell the extractor it is neither.
 *
 * Left out on purpose: brands that are as often a person's name in the news: family names ("Ford", "Dell",
 * "Disney", "Tata", "Hilton", "Johnson", "Suzuki", "Nomura") and given names ("Rafael", "Leonardo", "Zara",
 * "Nike"). Kept, though the name lexicons list them, as a person would rarely be called by them alone:
 * "Meta", "Nikon", "LVMH", "Mercedes-Benz" (a unit test holds this list). A company the directory lacks is
 * still known by its formal name or its stock ticker where an article gives them (extract/companies.ts).
 */
export const COMPANIES: readonly string[] = [
  // Cars and transport
  'Toyota', 'Honda', 'Nissan', 'Mazda', 'Subaru', 'Mitsubishi', 'Hyundai', 'Kia', 'Volkswagen', 'Audi', 'Porsche',
  'Daimler', 'Mercedes-Benz', 'BMW', 'Renault', 'Peugeot', 'Stellantis', 'Fiat', 'Ferrari', 'Volvo', 'Scania', 'Tesla', 'Rivian',
  'General Motors', 'Chrysler', 'Jaguar Land Rover', 'Geely', 'BYD', 'SAIC', 'Great Wall Motor', 'Xpeng', 'Tata Motors',
  'Mahindra', 'Boeing', 'Airbus', 'Embraer', 'Bombardier', 'Uber', 'Lyft', 'Maersk', 'Cosco', 'FedEx', 'UPS', 'DHL',
  'Lufthansa', 'Ryanair', 'easyJet', 'Emirates', 'Qatar Airways', 'Aeroflot', 'Delta Air Lines', 'United Airlines',
  'American Airlines', 'Southwest Airlines', 'Air France-KLM', 'Cathay Pacific', 'Singapore Airlines', 'Qantas', 'Alstom',
  // Technology and telecoms
  'Apple', 'Microsoft', 'Google', 'Alphabet', 'Amazon', 'Meta', 'Facebook', 'Instagram', 'WhatsApp', 'Netflix', 'Nvidia',
  'Intel', 'AMD', 'Qualcomm', 'Broadcom', 'Micron', 'Texas Instruments', 'Oracle', 'Salesforce', 'Adobe', 'IBM', 'Cisco',
  'OpenAI', 'Anthropic', 'SpaceX', 'Starlink', 'Twitter', 'TikTok', 'ByteDance', 'Snap', 'Pinterest', 'Spotify', 'PayPal',
  'Samsung', 'LG', 'SK Hynix', 'Sony', 'Panasonic', 'Toshiba', 'Hitachi', 'Fujitsu', 'Nintendo', 'Canon', 'Nikon',
  'SoftBank', 'Rakuten', 'Huawei', 'ZTE', 'Xiaomi', 'Lenovo', 'Alibaba', 'Tencent', 'Baidu', 'JD.com', 'Foxconn', 'TSMC',
  'ASML', 'SAP', 'Siemens', 'Bosch', 'Philips', 'Nokia', 'Ericsson', 'Vodafone', 'Telefónica', 'Telefonica', 'Orange',
  'Deutsche Telekom', 'Verizon', 'AT&T', 'T-Mobile', 'Comcast', 'Yandex', 'Kaspersky', 'Infosys', 'Wipro', 'Palantir',
  // Energy and resources
  'Shell', 'BP', 'ExxonMobil', 'Exxon', 'Chevron', 'TotalEnergies', 'Eni', 'Equinor', 'Repsol', 'Aramco', 'Saudi Aramco',
  'ADNOC', 'Petrobras', 'Pemex', 'PDVSA', 'Gazprom', 'Rosneft', 'Lukoil', 'Novatek', 'Rosatom', 'Sinopec', 'PetroChina',
  'CNOOC', 'Petronas', 'Pertamina', 'ConocoPhillips', 'Halliburton', 'Schlumberger', 'Glencore', 'Rio Tinto', 'BHP',
  'Vale', 'Anglo American', 'ArcelorMittal', 'Nornickel', 'Rusal', 'Orsted', 'Ørsted', 'Iberdrola', 'Enel', 'EDF', 'Engie',
  'Uniper', 'RWE', 'Vattenfall', 'Westinghouse', 'Naftogaz', 'Ecopetrol', 'Codelco', 'Freeport-McMoRan',
  // Finance
  'Goldman Sachs', 'Morgan Stanley', 'JPMorgan', 'JPMorgan Chase', 'J.P. Morgan', 'Citigroup', 'Citi', 'Wells Fargo', 'BlackRock',
  'Vanguard', 'Berkshire Hathaway', 'Charles Schwab', 'Fidelity', 'HSBC', 'Barclays', 'Lloyds', 'NatWest', 'Santander',
  'BBVA', 'BNP Paribas', 'Société Générale', 'Societe Generale', 'Credit Suisse', 'UBS', 'Deutsche Bank', 'Commerzbank',
  'ING', 'Mizuho', 'Sberbank', 'VTB', 'Gazprombank', 'Visa', 'Mastercard', 'American Express', 'Allianz', 'AXA',
  'Prudential', 'Zurich Insurance', 'Swiss Re', 'Munich Re', 'Lloyd’s', 'Moody’s', "Moody's", 'Fitch', 'KKR', 'Blackstone',
  'Carlyle', 'Citadel', 'Bridgewater', 'Temasek', 'Binance', 'Coinbase', 'Standard Chartered', 'Macquarie',
  // Defence
  'Lockheed Martin', 'Raytheon', 'RTX', 'Northrop Grumman', 'General Dynamics', 'BAE Systems', 'Rheinmetall', 'Thales',
  'Saab', 'Dassault', 'Hanwha', 'Kalashnikov', 'Rostec', 'Elbit',
  // Health, consumer and industry
  'Pfizer', 'Moderna', 'BioNTech', 'AstraZeneca', 'Novartis', 'Roche', 'Sanofi', 'GSK', 'Merck', 'Bayer', 'Novo Nordisk',
  'Eli Lilly', 'AbbVie', 'Johnson & Johnson', 'Procter & Gamble', 'Unilever', 'Nestlé', 'Nestle', 'Danone', 'Coca-Cola',
  'PepsiCo', 'Pepsi', "McDonald's", 'McDonald’s', 'Starbucks', 'Walmart', 'Costco', 'Carrefour', 'Tesco', 'Ikea', 'IKEA',
  'H&M', 'Inditex', 'Adidas', 'Puma', 'LVMH', 'Gucci', 'Kering', 'Hermès', 'L’Oréal', "L'Oréal",
  'Heineken', 'Anheuser-Busch', 'Diageo', 'Caterpillar', 'Honeywell', 'General Electric', '3M', 'ABB', 'Schneider Electric',
  'Hapag-Lloyd', 'Vinci', 'Bouygues', 'Skanska', 'Holcim', 'Cemex', 'Wilmar', 'Cargill', 'Bunge', 'Nutrien', 
  'Monsanto', 'Syngenta', 'Deloitte', 'McKinsey', 'PwC', 'KPMG', 'Ernst & Young', 'Accenture',
];

/**
 * The legal forms that end a company's formal name ("Toyota Motor Corp", "Samsung Electronics Co Ltd", "Rio
 * Tinto plc"): the words before them name a company, and the first of them alone does too ("Toyota said").
 */
export const LEGAL_SUFFIXES: ReadonlySet<string> = new Set([
  'Corp', 'Corporation', 'Inc', 'Incorporated', 'Co', 'Ltd', 'Limited', 'LLC', 'LLP', 'plc', 'PLC', 'AG', 'SE', 'NV', 'N.V',
  'BV', 'GmbH', 'SpA', 'S.p.A', 'SA', 'S.A', 'SAS', 'AB', 'ASA', 'A/S', 'Oyj', 'KK', 'Bhd', 'Tbk', 'PJSC', 'OJSC', 'JSC',
]);

/**
 * Words that end many companies' names but also others' ("Adani Group", "Wagner Group", "Koch Industries"):
 * the words before them name a company only when they are two or more, and the first alone never does.
 */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['Holdings', 'Group', 'Industries', 'Electronics', 'Motor', 'Motors', 'Airlines', 'Airways', 'Pharmaceuticals', 'Technologies']);

export const CORPORATE_SUFFIXES: ReadonlySet<string> = new Set([...LEGAL_SUFFIXES, ...NAME_SUFFIXES]);
