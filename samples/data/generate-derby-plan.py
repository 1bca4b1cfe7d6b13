import json, os, random
random.seed(2025)

Q = ["2023/24 Q1","2023/24 Q2","2023/24 Q3","2023/24 Q4","2024/25 Q1","2024/25 Q2","2024/25 Q3","2024/25 Q4"]
M = [f"{y}-{m:02d}" for y,m in [(2023,4),(2023,5),(2023,6),(2023,7),(2023,8),(2023,9),(2023,10),(2023,11),(2023,12),(2024,1),(2024,2),(2024,3),
      (2024,4),(2024,5),(2024,6),(2024,7),(2024,8),(2024,9),(2024,10),(2024,11),(2024,12),(2025,1),(2025,2),(2025,3)]]

def series(start, step, noise, periods, decimals=1):
    out=[]; v=start
    for p in periods:
        v = v + step + random.uniform(-noise, noise)
        out.append({"period": p, "value": round(v, decimals) if decimals else int(round(v))})
    return out

themes = [
 ("green","G","Green city","protecting and enhancing our environment",False),
 ("vibrant","V","Vibrant city","reimagining our city with culture at its heart",False),
 ("growth","C","City of growth","a modern smart city with jobs and skills for the future",False),
 ("resilient","R","Resilient city","working with communities to improve health, wealth and opportunities",False),
 ("smarter","W","Working smarter","efficiency and value for money in everything the council does; listed as a fifth priority area in 2024",True),
]
outcomes = {
 "green":[("green.air","G1","Cleaner air and net zero for the council by 2035"),("green.waste","G2","Less waste and more recycling"),("green.travel","G3","More walking, cycling and public transport"),("green.nature","G4","Greener streets and parks")],
 "vibrant":[("vibrant.culture","V1","A city centre reimagined with culture at its heart"),("vibrant.events","V2","More people enjoying events and venues"),("vibrant.realm","V3","Better public spaces")],
 "growth":[("growth.jobs","C1","More and better jobs"),("growth.skills","C2","Skills for the future"),("growth.homes","C3","Good homes for everyone"),("growth.investment","C4","Investment in a modern smart city")],
 "resilient":[("resilient.children","R1","Children get the best start"),("resilient.health","R2","Healthier, independent lives"),("resilient.communities","R3","Safer, stronger communities")],
 "smarter":[("smarter.finance","W1","A sustainable budget"),("smarter.customer","W2","Easy to deal with, digital by default"),("smarter.people","W3","A skilled and healthy workforce")],
}
# measures: id, outcome, title, unit, polarity, frequency, kind (series params), target(s), extras
def qmeasure(mid, oid, title, unit, pol, start, step, noise, t2324, t2425, decimals=1, mustdo=False, tol=None, dataonly=False, restate=None, code=None, base=None, missing_last=False, desc=None):
    m={"id":mid,"title":title,"unit":unit,"polarity":pol,"frequency":"quarterly","weight":1,"mustDo":mustdo}
    if code: m["code"]=code
    if desc: m["description"]=desc
    if tol: m["tolerance"]=tol
    acts=series(start, step, noise, Q, decimals)
    if missing_last: acts=acts[:-1]
    if base is not None: m["baseline"]={"period":"2022/23","value":base}
    if not dataonly:
        m["targets"]=[{"period":"2023/24","value":t2324},{"period":"2024/25","value":t2425}]
        if restate: m["targets"].append(restate)
    m["actuals"]=acts
    return (oid,m)

measures=[
 qmeasure("m.recycling","green.waste","Household waste sent for reuse, recycling or composting","%","higherIsBetter",34.5,0.45,0.6,37,40, base=34.2, restate={"period":"2024/25 Q3","value":41,"setOn":"2024-10-02","reason":"Stretch agreed at the Q2 review"}, desc="Derby's recycling rate rose by over 3 points in 2022/23 (Annual Report)."),
 qmeasure("m.residual-waste","green.waste","Residual household waste per household","kg","lowerIsBetter",128,-0.9,1.5,125,120, restate={"period":"2024/25 Q3","value":121,"setOn":"2024-11-15","reason":"Restated for the Christmas peak after the waste composition survey"}),
 qmeasure("m.fly-tipping","green.waste","Fly-tipping incidents cleared within two working days","%","higherIsBetter",88,0.6,1.8,92,95),
 qmeasure("m.no2","green.air","Roadside nitrogen dioxide at monitored sites","µg/m³","lowerIsBetter",41,-0.4,0.6,40,38, mustdo=True, desc="The roadside NO2 project completed in 2022/23; the legal limit is 40."),
 qmeasure("m.council-emissions","green.air","Council carbon emissions (tonnes CO2e, rolling year)","tCO2e","lowerIsBetter",16500,-220,120,16000,15000, decimals=0, restate={"period":"2024/25","value":15500,"setOn":"2025-04-16","reason":"Restated at Cabinet after the government revised its emissions factors"}),
 qmeasure("m.cycle-routes","green.travel","New cycle and walking routes delivered (cumulative in year)","m","higherIsBetter",1200,700,150,5000,5500, decimals=0),
 qmeasure("m.bus-punctuality","green.travel","Buses running on time","%","higherIsBetter",84,0.2,1.5,88,88, tol={"amberWithin":3,"greenWithin":0,"kind":"absolute"}),
 qmeasure("m.trees","green.nature","Trees planted (cumulative in year)","trees","higherIsBetter",200,450,80,1500,2000, decimals=0),
 qmeasure("m.parks-satisfaction","green.nature","Residents satisfied with parks and open spaces","%","higherIsBetter",71,0.1,1.2,0,0, dataonly=True),
 qmeasure("m.footfall","vibrant.culture","City centre footfall (millions of visits in the quarter)","m","higherIsBetter",3.1,0.03,0.15,3.2,3.4, decimals=2),
 qmeasure("m.vacant-units","vibrant.culture","Vacant city centre shop units","%","lowerIsBetter",19.5,-0.25,0.4,18,16),
 qmeasure("m.event-attendance","vibrant.events","Attendance at council-supported events","people","higherIsBetter",42000,900,4000,45000,50000, decimals=0),
 qmeasure("m.museum-visits","vibrant.events","Visits to Derby Museums","visits","higherIsBetter",61000,600,3000,0,0, decimals=0, dataonly=True),
 qmeasure("m.public-realm","vibrant.realm","Public realm improved (cumulative in year)","m²","higherIsBetter",900,1400,200,6000,6000, decimals=0, desc="6,000 m² of public realm improvements in 2023/24 (Annual Report)."),
 qmeasure("m.jobs-created","growth.jobs","Jobs created or safeguarded by council initiatives (cumulative in year)","jobs","higherIsBetter",80,95,15,400,420, decimals=0, mustdo=True, desc="Over 400 jobs in 2023/24, almost 250 in 2022/23 (Annual Reports)."),
 qmeasure("m.employment-rate","growth.jobs","Working-age employment rate","%","higherIsBetter",72.4,0.08,0.3,73,74, restate={"period":"2024/25","value":73.5,"setOn":"2025-05-09","reason":"Restated after ONS reweighted the Annual Population Survey"}),
 qmeasure("m.claimant","growth.jobs","Out-of-work benefit claimants","%","lowerIsBetter",4.6,0.02,0.1,4.3,4.2),
 qmeasure("m.adult-learning","growth.skills","Adult learning enrolments (cumulative in year)","enrolments","higherIsBetter",700,780,60,3000,3200, decimals=0, desc="3,188 enrolments in 2023/24 (Annual Report)."),
 qmeasure("m.apprenticeships","growth.skills","Apprenticeship starts supported","starts","higherIsBetter",38,1.5,5,45,50, decimals=0),
 qmeasure("m.homes-standard","growth.homes","Homes brought to an acceptable standard by council action (cumulative in year)","homes","higherIsBetter",50,58,6,225,240, decimals=0, desc="226 homes in 2022/23 (Annual Report)."),
 qmeasure("m.affordable-homes","growth.homes","Affordable homes delivered (cumulative in year)","homes","higherIsBetter",30,38,8,160,200, decimals=0),
 qmeasure("m.temp-accommodation","growth.homes","Households in temporary accommodation","households","lowerIsBetter",260,4,6,250,240, decimals=0, tol={"amberWithin":10,"greenWithin":0,"kind":"percent"}),
 qmeasure("m.investment","growth.investment","Investment attracted by council initiatives (cumulative in year)","£m","higherIsBetter",0.8,0.9,0.15,3.5,4, decimals=2, desc="£3.8m in 2023/24 (Annual Report)."),
 qmeasure("m.schools-good","resilient.children","Schools judged good or outstanding","%","higherIsBetter",90.5,0.2,0.3,92,93, desc="92% in 2023/24 (Annual Report)."),
 qmeasure("m.ehcp-timeliness","resilient.children","Education, health and care plans issued within 20 weeks","%","higherIsBetter",48,1.2,4,60,65, mustdo=True),
 qmeasure("m.family-hubs","resilient.children","Family Hubs open","hubs","higherIsBetter",2.5,0.5,0.05,6,6, decimals=0),
 qmeasure("m.delayed-discharge","resilient.health","Days people wait to leave hospital when ready, per 100,000","days","lowerIsBetter",310,-3,10,300,280, decimals=0),
 qmeasure("m.reablement","resilient.health","Older people at home 91 days after reablement","%","higherIsBetter",82,0.1,1,85,85),
 qmeasure("m.asb","resilient.communities","Anti-social behaviour incidents reported","incidents","lowerIsBetter",1450,-8,60,0,0, decimals=0, dataonly=True),
 qmeasure("m.budget-variance","smarter.finance","Forecast revenue budget variance","£m","targetIsBest",1.8,-0.15,0.4,0,0, decimals=2, tol={"amberWithin":1,"greenWithin":0.5,"kind":"absolute"}, mustdo=True),
 qmeasure("m.invoices","smarter.finance","Undisputed invoices paid within 30 days","%","higherIsBetter",91,0.3,1,95,95),
 qmeasure("m.calls-answered","smarter.customer","Customer calls answered","%","higherIsBetter",82,0.5,2,90,90),
 qmeasure("m.online","smarter.customer","Transactions completed online","%","higherIsBetter",58,0.9,1,65,70),
 qmeasure("m.sickness","smarter.people","Working days lost to sickness per employee (rolling year)","days","lowerIsBetter",10.8,-0.06,0.15,10,9.5, missing_last=True),
 qmeasure("m.vacancy-rate","smarter.people","Staff vacancy rate","%","targetIsBest",9,-0.2,0.4,6,6, tol={"amberWithin":2,"greenWithin":1,"kind":"absolute"}),
]
# monthly and annual measures
def monthly(mid, oid, title, unit, pol, start, step, noise, target, decimals=1):
    return (oid, {"id":mid,"title":title,"unit":unit,"polarity":pol,"frequency":"monthly","weight":1,"mustDo":False,
       "targets":[{"period":"2023/24","value":target},{"period":"2024/25","value":target}],"actuals":series(start, step, noise, M, decimals)})
def annual(mid, oid, title, unit, pol, values, targets, decimals=1):
    return (oid, {"id":mid,"title":title,"unit":unit,"polarity":pol,"frequency":"annual","weight":1,"mustDo":False,
       "targets":[{"period":p,"value":v} for p,v in targets],"actuals":[{"period":p,"value":v} for p,v in values]})
measures += [
 monthly("m.missed-bins","green.waste","Missed bin collections per 100,000","collections","lowerIsBetter",62,-0.4,4,55,0),
 monthly("m.complaints-on-time","smarter.customer","Complaints answered within 10 working days","%","higherIsBetter",78,0.3,3,85),
 annual("m.measures-met","smarter.finance","Council Plan measures with targets met or exceeded at year end","%","higherIsBetter",[("2021/22",65),("2022/23",72),("2023/24",70),("2024/25",74)],[("2022/23",70),("2023/24",75),("2024/25",75)]),
 annual("m.resident-satisfaction","resilient.communities","Residents satisfied with the council","%","higherIsBetter",[("2022/23",56),("2023/24",58),("2024/25",61)],[("2023/24",60),("2024/25",62)]),
]
# who reports each measure (illustrative): the officers who own the actions and risks beside it
OWNERS={
 "m.recycling":"Head of Waste","m.residual-waste":"Head of Waste","m.fly-tipping":"Head of Waste","m.missed-bins":"Head of Waste",
 "m.no2":"Head of Transport","m.council-emissions":"Head of Climate Change","m.cycle-routes":"Director of Place","m.bus-punctuality":"Head of Transport",
 "m.trees":"Head of Parks","m.parks-satisfaction":"Head of Parks","m.footfall":"Director of Regeneration","m.vacant-units":"Director of Regeneration",
 "m.event-attendance":"Head of Culture","m.museum-visits":"Head of Culture","m.public-realm":"Head of Regeneration",
 "m.jobs-created":"Head of Economic Growth","m.employment-rate":"Head of Economic Growth","m.claimant":"Head of Economic Growth","m.investment":"Head of Economic Growth",
 "m.adult-learning":"Head of Adult Learning","m.apprenticeships":"Head of HR",
 "m.homes-standard":"Head of Housing","m.affordable-homes":"Head of Housing","m.temp-accommodation":"Head of Housing",
 "m.schools-good":"Director of Education","m.ehcp-timeliness":"Director of Education","m.family-hubs":"Director of Early Help",
 "m.delayed-discharge":"Director of Adult Social Care","m.reablement":"Director of Adult Social Care","m.asb":"Head of Community Safety",
 "m.budget-variance":"Strategic Director of Corporate Resources","m.invoices":"Strategic Director of Corporate Resources",
 "m.calls-answered":"Head of Customer Services","m.complaints-on-time":"Head of Customer Services","m.online":"Head of Digital",
 "m.sickness":"Head of HR","m.vacancy-rate":"Head of HR",
 "m.measures-met":"Chief Executive","m.resident-satisfaction":"Chief Executive",
}
def with_owner(m):
    out={}
    for k,v in m.items():
        out[k]=v
        if k=="unit": out["owner"]=OWNERS[m["id"]]
    return out
measures=[(oid,with_owner(m)) for oid,m in measures]
# commentary on 2024/25 actuals (illustrative), by quarter Q1..Q4
NOTES={
 "m.recycling":["Garden waste season lifted the rate.","Contamination in dry recycling rejected two loads.","Christmas peak; stretch target of 41% set at the Q2 review.","Flat on Q3; 'Recycle right' campaign effect levelling off."],
 "m.no2":[None,None,"All monitored sites below the legal limit of 40 for the first time.",None],
 "m.bus-punctuality":["Roadworks on the inner ring road.",None,None,"Driver shortages at one operator."],
 "m.footfall":["Market Hall still closed for works.",None,None,"Market Hall reopened in March; footfall expected to rise."],
 "m.event-attendance":["Heritage festival postponed.","Two summer events rained off.",None,"Winter programme smaller than last year."],
 "m.claimant":["Above the national average; Derby Works referrals rising.",None,None,"No change over the year; a new employment support offer starts in April."],
 "m.temp-accommodation":["Demand up 12% on last year.","Demand up 15%; new leased units being sought.","Record use of bed and breakfast.","Demand up 18%; 40 leased units from April."],
 "m.schools-good":[None,None,"Two schools awaiting re-inspection.",None],
 "m.ehcp-timeliness":["SEND improvement plan under way.","Educational psychologist vacancies.","Improving after new assessment panel.","Dipped after a rise in requests in January."],
 "m.reablement":[None,"Winter planning started early.",None,"Below target but up on last year."],
 "m.invoices":["New finance system bedding in.",None,None,"Backlog cleared in April."],
 "m.calls-answered":[None,"Council tax billing peak.",None,None],
 "m.online":[None,None,"Digital front door payments module delayed.","Payments module testing continues into April."],
 "m.sickness":["Musculoskeletal absence up.",None,None,"Wellbeing programme under way; still above target."],
 "m.vacancy-rate":["Social work and planning vacancies hard to fill.",None,None,"Market supplements agreed for social workers."],
 "m.budget-variance":["Forecast overspend in children's placements.",None,"Forecast overspend of 0.8% of net budget.","Outturn 0.5% over budget, met from reserves."],
 "m.jobs-created":[None,None,None,"420 jobs created or safeguarded in the year."],
 "m.public-realm":[None,None,None,"Market Place phase 1 complete."],
}
for oid,m in measures:
    for i,note in enumerate(NOTES.get(m["id"],[])):
        if note:
            for a in m["actuals"]:
                if a["period"]==f"2024/25 Q{i+1}": a["note"]=note
# fix dataonly measures targets missing: qmeasure with dataonly leaves no targets
th=[]
for tid,code,name,desc,cc in themes:
    outs=[]
    for oid,ocode,otitle in outcomes[tid]:
        ms=[m for o,m in measures if o==oid]
        outs.append({"id":oid,"code":ocode,"title":otitle,"weight":1,"measures":ms})
    th.append({"id":tid,"code":code,"name":name,"description":desc,"crossCutting":cc,"weight":1,"outcomes":outs})

# actions
Qd=["2024-06-30","2024-09-30","2024-12-31","2025-03-31"]
def action(aid, code, title, oids, owner, start, due, statuses, mustdo=False, pcts=None, commentary=None, milestones=None, cost=None, funding=None, weight=1):
    a={"id":aid,"code":code,"title":title,"outcomeIds":oids,"owner":owner,"start":start,"due":due,"mustDo":mustdo,"weight":weight}
    ms=[]
    for i,(mt,md,mc) in enumerate(milestones or []):
        x={"id":f"{aid}.m{i+1}","title":mt,"due":md}
        if mc: x["completed"]=mc
        ms.append(x)
    if ms: a["milestones"]=ms
    ups=[]
    for i,s in enumerate(statuses):
        if s is None: continue
        u={"asOf":Qd[i],"status":s}
        if pcts and i < len(pcts) and pcts[i] is not None: u["percentComplete"]=pcts[i]
        c=(commentary or {}).get(i)
        if c: u["commentary"]=c
        ups.append(u)
    if ups: a["updates"]=ups
    if cost: a["estimatedCost"]=[{"year":y,"amount":v} for y,v in cost]
    if funding: a["funding"]=[{"lineId":l,"year":y,"amount":v} for l,y,v in funding]
    return a

OT=["onTrack"]*4
acts=[
 action("a.cycle-routes","A1.1","Deliver new cycle and walking routes",["green.travel","green.air"],"Director of Place","2024-04-01","2025-03-31",OT,True,[20,45,70,100],{3:"Final phase of the Ashbourne Road route opened in March."},[("Designs approved","2024-07-31","2024-07-20"),("Phase 1 open","2024-11-30","2024-11-25")],[("2024/25",900000)],[("cap.transport","2024/25",900000)]),
 action("a.ev-charging","A1.2","Install on-street electric vehicle charge points",["green.air"],"Head of Transport","2024-04-01","2025-03-31",["onTrack","onTrack","atRisk","atRisk"],False,[25,40,55,80],{2:"Grid connection delays at two sites.",3:"Twelve of fifteen sites live; three slip to June."},None,[("2024/25",300000)],[("cap.transport","2024/25",300000)]),
 action("a.climate-plan","A1.3","Refresh the Climate Change Action Plan",["green.air"],"Head of Climate Change","2024-04-01","2024-12-31",["onTrack","onTrack","completed",None],True,[30,70,100],{2:"Refreshed plan approved by Cabinet."}),
 action("a.heat-decarb","A1.4","Decarbonise heating in council buildings",["green.air","smarter.finance"],"Head of Property","2024-04-01","2025-03-31",["onTrack","atRisk","offTrack","offTrack"],False,[10,20,25,30],{2:"Grant funding withdrawn; options appraisal under way.",3:"Two of six buildings converted; the rest wait for new funding."},None,[("2024/25",250000)],[("cap.buildings","2024/25",250000)]),
 action("a.food-waste","A1.5","Prepare for weekly food waste collections",["green.waste"],"Head of Waste","2024-04-01","2025-03-31",OT,True,[15,35,60,85],None,[("Vehicles ordered","2024-09-30","2024-09-15"),("Caddies procured","2025-01-31","2025-01-20")],[("2024/25",1200000)],[("cap.waste","2024/25",1200000)]),
 action("a.recycling-campaign","A1.6","Run the 'Recycle right' campaign",["green.waste"],"Head of Waste","2024-06-01","2024-11-30",["notStarted","onTrack","completed",None],False,[0,50,100],None,None,[("2024/25",60000)],[("rev.environment","2024/25",60000)]),
 action("a.tree-strategy","A1.7","Plant 2,000 trees through the tree strategy",["green.nature","green.air"],"Head of Parks","2024-04-01","2025-03-31",["onTrack","onTrack","onTrack","completed"],False,[20,30,80,100]),
 action("a.parks-investment","A1.8","Improve play areas in six parks",["green.nature"],"Head of Parks","2024-04-01","2025-02-28",["onTrack","atRisk","atRisk","atRisk"],False,[15,30,60,80],{3:"Four of six play areas reopened; two delayed by contractor."},[("Markeaton play area","2024-10-31","2024-10-28"),("Darley Park play area","2025-01-31",None)],[("2024/25",450000)],[("cap.parks","2024/25",450000)]),
 action("a.market-hall","A2.1","Reopen the Market Hall",["vibrant.culture","vibrant.realm"],"Director of Regeneration","2024-04-01","2025-03-31",["onTrack","onTrack","onTrack","completed"],True,[60,75,90,100],{3:"Market Hall reopened to traders and the public."},[("Roof works complete","2024-08-31","2024-08-30"),("Traders' fit-out","2025-01-31","2025-01-24")],[("2024/25",2500000)],[("cap.regeneration","2024/25",2500000)]),
 action("a.performance-venue","A2.2","Open the Becketwell performance venue",["vibrant.culture","vibrant.events"],"Director of Regeneration","2024-04-01","2025-03-31",["onTrack","onTrack","atRisk","onTrack"],True,[70,80,88,95]),
 action("a.events-programme","A2.3","Deliver the 2024 city events programme",["vibrant.events"],"Head of Culture","2024-04-01","2025-03-31",OT,False,[25,50,75,100],None,None,[("2024/25",300000)],[("rev.culture","2024/25",300000)]),
 action("a.heritage-festival","A2.4","Hold a heritage festival in the Cathedral Quarter",["vibrant.events"],"Head of Culture","2024-05-01","2024-10-31",["deferred",None,None,None],False,None,{0:"Festival postponed to 2025/26 after funding fell through."}),
 action("a.city-square","A2.5","Redesign the Market Place as a city square",["vibrant.realm"],"Head of Regeneration","2024-04-01","2025-03-31",["onTrack","onTrack","onTrack","onTrack"],False,[10,30,50,70],None,None,[("2024/25",1500000),("2025/26",2000000)],[("cap.regeneration","2024/25",1500000),("cap.regeneration","2025/26",2000000)]),
 action("a.wayfinding","A2.6","Install new city centre wayfinding",["vibrant.realm","vibrant.culture"],"Head of Regeneration","2024-04-01","2024-12-31",["onTrack","atRisk","atRisk","atRisk"],False,[20,40,60,75],{3:"Signage supplier failed; re-procured."}),
 action("a.museum-digital","A2.7","Digitise the Derby Museums collection",["vibrant.culture"],"Head of Culture","2024-04-01","2026-03-31",OT,False,[10,20,30,40]),
 action("a.jobs-programme","A3.1","Run the 'Derby Works' employment support programme",["growth.jobs","growth.skills"],"Head of Economic Growth","2024-04-01","2025-03-31",OT,True,[25,50,75,100],{3:"420 jobs created or safeguarded in the year."},None,[("2024/25",750000)],[("rev.growth","2024/25",750000)]),
 action("a.business-grants","A3.2","Award business growth grants",["growth.jobs","growth.investment"],"Head of Economic Growth","2024-04-01","2025-03-31",["onTrack","onTrack","atRisk","onTrack"],False,[30,55,70,100],None,None,[("2024/25",500000)],[("rev.growth","2024/25",500000)]),
 action("a.inward-investment","A3.3","Promote Derby to investors at UKREiiF and MIPIM",["growth.investment"],"Head of Economic Growth","2024-04-01","2025-03-31",OT,False,[30,50,70,100]),
 action("a.smart-city","A3.4","Extend full-fibre and smart city sensors",["growth.investment","smarter.customer"],"Head of Digital","2024-04-01","2025-03-31",["onTrack","atRisk","offTrack","offTrack"],False,[20,30,35,40],{3:"Supplier insolvency; contract being re-let."},None,[("2024/25",400000)],[("cap.digital","2024/25",400000)]),
 action("a.skills-hub","A3.5","Open the Derby Skills Hub",["growth.skills"],"Head of Adult Learning","2024-04-01","2024-12-31",["onTrack","onTrack","onTrack",None],True,[40,70,90],{2:"Fit-out slipped; opening now February."},[("Building handover","2024-09-30","2024-09-20"),("Hub open","2024-12-31",None)],[("2024/25",400000)],[("cap.regeneration","2024/25",400000)]),
 action("a.adult-learning","A3.6","Expand adult learning in community venues",["growth.skills"],"Head of Adult Learning","2024-04-01","2025-03-31",OT,False,[25,50,75,100],None,None,[("2024/25",200000)],[("rev.learning","2024/25",200000)]),
 action("a.apprenticeships","A3.7","Create council apprenticeships",["growth.skills","smarter.people"],"Head of HR","2024-04-01","2025-03-31",["onTrack","onTrack","onTrack","onTrack"],False,[25,50,75,95]),
 action("a.housing-standards","A3.8","Bring empty and poor homes up to standard",["growth.homes"],"Head of Housing","2024-04-01","2025-03-31",OT,False,[25,50,75,100],None,None,[("2024/25",300000)],[("rev.housing","2024/25",300000)]),
 action("a.affordable-homes","A3.9","Start the Castleward affordable homes phase",["growth.homes"],"Head of Housing","2024-04-01","2025-03-31",["onTrack","atRisk","atRisk","atRisk"],True,[15,25,40,55],{3:"Site start moved to May after planning conditions."},None,[("2024/25",2500000),("2025/26",4000000)],[("cap.housing","2024/25",2500000),("cap.housing","2025/26",4000000)]),
 action("a.temp-accommodation","A3.10","Reduce use of bed and breakfast for homeless families",["growth.homes","resilient.communities"],"Head of Housing","2024-04-01","2025-03-31",["atRisk","offTrack","offTrack","offTrack"],True,[20,25,30,35],{3:"Demand up 18%; new leased units from April."},None,[("2024/25",450000)],[("rev.housing","2024/25",450000)]),
 action("a.family-hubs","A4.1","Open six Family Hubs",["resilient.children"],"Director of Early Help","2024-04-01","2025-03-31",["onTrack","onTrack","completed",None],True,[50,80,100],{2:"Sixth Family Hub opened in Normanton."}),
 action("a.send-improvement","A4.2","Deliver the SEND improvement plan",["resilient.children"],"Director of Education","2024-04-01","2025-03-31",["atRisk","atRisk","atRisk","onTrack"],True,[20,40,60,80],{3:"EHCP timeliness improving for three quarters."},None,[("2024/25",900000)],[("rev.children","2024/25",900000)]),
 action("a.school-places","A4.3","Provide new school places in Derby South",["resilient.children"],"Director of Education","2024-04-01","2025-03-31",OT,False,[30,50,70,100],None,None,[("2024/25",4000000)],[("cap.schools","2024/25",4000000)]),
 action("a.holiday-food","A4.4","Run the holiday activities and food programme",["resilient.children"],"Head of Early Help","2024-04-01","2025-03-31",OT,False,[25,50,75,100]),
 action("a.reablement","A4.5","Expand the home first reablement service",["resilient.health"],"Director of Adult Social Care","2024-04-01","2025-03-31",["onTrack","onTrack","atRisk","onTrack"],False,[25,50,70,95],None,None,[("2024/25",1100000)],[("rev.adults","2024/25",1100000)]),
 action("a.hospital-discharge","A4.6","Speed up discharge from hospital with the NHS",["resilient.health"],"Director of Adult Social Care","2024-04-01","2024-12-31",["onTrack","atRisk","offTrack",None],True,[20,40,50],{2:"Winter pressures; joint plan agreed with the hospital trust."}),
 action("a.healthy-weight","A4.7","Launch the healthy weight programme",["resilient.health"],"Director of Public Health","2024-10-01","2025-09-30",[None,None,"onTrack","onTrack"],False,[None,None,10,30]),
 action("a.community-safety","A4.8","Deliver the community safety partnership plan",["resilient.communities"],"Head of Community Safety","2024-04-01","2025-03-31",OT,False,[25,50,75,100]),
 action("a.cost-of-living","A4.9","Run the cost of living support scheme",["resilient.communities","resilient.health"],"Head of Revenues and Benefits","2024-04-01","2025-03-31",OT,True,[25,50,75,100],None,None,[("2024/25",1500000)],[("rev.household","2024/25",1500000)]),
 action("a.neighbourhood-wardens","A4.10","Recruit neighbourhood wardens",["resilient.communities"],"Head of Community Safety","2024-04-01","2024-09-30",["cancelled",None,None,None],False,None,{0:"Cancelled: funding reallocated to the cost of living scheme."}),
 action("a.budget-savings","A5.1","Deliver the 2024/25 savings programme",["smarter.finance"],"Strategic Director of Corporate Resources","2024-04-01","2025-03-31",["onTrack","onTrack","atRisk","onTrack"],True,[25,50,70,100],{3:"£9.0m of £9.7m savings delivered; the rest carried into 2025/26."},None,None,[("sav.corporate","2024/25",6000000),("sav.service","2024/25",3000000)]),
 action("a.mtfs-refresh","A5.2","Refresh the Medium-Term Financial Strategy",["smarter.finance"],"Strategic Director of Corporate Resources","2024-06-01","2024-10-31",["onTrack","onTrack","completed",None],False,[20,80,100]),
 action("a.digital-front-door","A5.3","Launch the new digital front door",["smarter.customer"],"Head of Digital","2024-04-01","2025-03-31",["onTrack","onTrack","onTrack","atRisk"],False,[20,45,70,85],{3:"Payments module testing continues into April."},None,[("2024/25",700000)],[("cap.digital","2024/25",700000)]),
 action("a.contact-centre","A5.4","Improve contact centre answer rates",["smarter.customer"],"Head of Customer Services","2024-04-01","2025-03-31",["atRisk","onTrack","onTrack","onTrack"],False,[25,50,75,100],None,None,[("2024/25",250000)],[("rev.corporate","2024/25",250000)]),
 action("a.workforce-strategy","A5.5","Deliver the workforce strategy",["smarter.people"],"Head of HR","2024-04-01","2025-03-31",OT,False,[25,50,75,100]),
 action("a.wellbeing","A5.6","Reduce sickness absence through a wellbeing programme",["smarter.people"],"Head of HR","2024-04-01","2025-03-31",["onTrack","atRisk","atRisk","atRisk"],False,[25,40,55,70]),
 action("a.property-rationalisation","A5.7","Rationalise the council's office estate",["smarter.finance","green.air"],"Head of Property","2024-04-01","2024-12-31",["onTrack","onTrack","onTrack",None],False,[30,60,85],{2:"Final building disposal completes in February."},None,None,[("sav.service","2024/25",500000)]),
 action("a.procurement","A5.8","Save through better procurement",["smarter.finance"],"Head of Procurement","2024-04-01","2025-03-31",OT,False,[25,50,75,100]),
]
# ensure some overdue: a.skills-hub (due 2024-12-31, no Q4 update) -> overdue; a.hospital-discharge due 2024-12-31 -> overdue; a.parks-investment due 2025-02-28 atRisk -> overdue; a.wayfinding due 2024-12-31 -> overdue; a.property-rationalisation due 2024-12-31 -> overdue (must? no)
plan={"id":"council-plan-2022-25","title":"Council Plan 2022-2025","vision":"Ambitious for Derby – working together with the city, for the city",
 "start":"2022-04-01","end":"2025-03-31","approved":"2022-07-13",
 "values":[{"name":"Better together","description":"We work with partners and communities, not just for them."},
           {"name":"Ambitious","description":"We aim high for Derby and its people."},
           {"name":"Value for money","description":"We are efficient and effective with every pound."}],
 "stakeholders":[{"name":"Residents of Derby","kind":"group","roles":["beneficiary"]},{"name":"Derby City Council Cabinet","kind":"group","roles":["performer"]},{"name":"University Hospitals of Derby and Burton NHS Foundation Trust","kind":"organisation","roles":["performer"]}],
 "themes":th}
lines=[
 ("cap.transport","Transport capital programme","capital","Place",[1500000,1200000,900000,900000]),
 ("cap.waste","Waste fleet and infrastructure","capital","Place",[1300000,400000,0,0]),
 ("cap.buildings","Council buildings decarbonisation","capital","Corporate Resources",[300000,500000,500000,0]),
 ("cap.parks","Parks and play","capital","Place",[500000,300000,300000,300000]),
 ("cap.regeneration","City centre regeneration","capital","Regeneration",[4500000,3000000,2000000,1000000]),
 ("cap.housing","Housing delivery","capital","Place",[3000000,4500000,4000000,3000000]),
 ("cap.schools","School places","capital","People",[4000000,3500000,2000000,2000000]),
 ("cap.digital","Digital and smart city","capital","Corporate Resources",[1200000,800000,500000,500000]),
 ("rev.environment","Environmental services","revenue","Place",[150000,150000,150000,150000]),
 ("rev.culture","Culture and events","revenue","Place",[350000,350000,300000,300000]),
 ("rev.growth","Economic growth","revenue","Regeneration",[1300000,1200000,1100000,1000000]),
 ("rev.learning","Adult learning","revenue","People",[250000,250000,250000,250000]),
 ("rev.housing","Housing and homelessness","revenue","Place",[900000,900000,900000,900000]),
 ("rev.children","Children with special educational needs","revenue","People",[1000000,1000000,1000000,1000000]),
 ("rev.adults","Adult social care: reablement","revenue","People",[1200000,1200000,1200000,1200000]),
 ("rev.household","Household support","revenue","Corporate Resources",[1500000,750000,0,0]),
 ("rev.corporate","Customer services","revenue","Corporate Resources",[300000,300000,300000,300000]),
 ("rev.contingency","Corporate contingency","revenue","Corporate Resources",[2000000,2000000,2000000,2000000]),
 ("sav.corporate","Corporate savings","savings","Corporate Resources",[6154000,6000000,4500000,3000000]),
 ("sav.service","Service savings","savings","All directorates",[3500000,4000000,3256000,2500000]),
]
years=["2024/25","2025/26","2026/27","2027/28"]
mtfs={"id":"mtfs-2024-28","title":"Medium-Term Financial Strategy 2024/25 - 2027/28","years":years,
 "lines":[{"id":i,"name":n,"kind":k,"directorate":d,"amounts":[{"year":y,"amount":a} for y,a in zip(years,amts)]} for i,n,k,d,amts in lines]}
AQ=["2024-06-30","2024-09-30","2024-12-31","2025-03-31"]
def risk(rid, code, title, kind, cat, owner, themes, outcomes, inh, tgt, assess, treatment, mit=None, status="open", every=None):
    r={"id":rid,"code":code,"title":title,"kind":kind,"category":cat,"owner":owner,"status":status,"themeIds":themes,"outcomeIds":outcomes,
       "inherent":{"likelihood":inh[0],"impact":inh[1]},"target":{"likelihood":tgt[0],"impact":tgt[1]},
       "assessments":[{"asOf":AQ[i],"likelihood":l,"impact":im,**({"commentary":c} if c else {})} for i,(l,im,c) in enumerate(assess) if l],
       "treatment":treatment}
    if mit: r["mitigationActionIds"]=mit
    if every: r["reviewEvery"]=every
    return r
risks=[
 risk("r.budget-gap","SR1","Unable to close the medium-term budget gap","threat","financial","Strategic Director of Corporate Resources",["smarter"],["smarter.finance"],(5,5),(2,4),[(4,5,None),(4,5,None),(4,4,"Savings on track; 2026/27 gap of £7.756m remains."),(4,4,None)],"treat",["a.budget-savings","a.mtfs-refresh"]),
 risk("r.social-care-demand","SR2","Adult social care demand outstrips budget","threat","financial","Director of Adult Social Care",["resilient"],["resilient.health"],(5,4),(3,3),[(4,4,None),(4,4,None),(5,4,"Winter demand above forecast."),(4,4,None)],"treat",["a.reablement","a.hospital-discharge"]),
 risk("r.send-costs","SR3","High needs (SEND) spending exceeds the grant","threat","financial","Director of Education",["resilient"],["resilient.children"],(5,5),(3,4),[(5,4,None),(5,4,None),(5,4,None),(4,4,None)],"treat",["a.send-improvement"]),
 risk("r.homelessness","SR4","Homelessness and temporary accommodation costs rise","threat","financial","Head of Housing",["growth","resilient"],["growth.homes"],(4,4),(2,3),[(3,4,None),(4,4,None),(4,4,None),(5,4,"Bed and breakfast use at record level.")],"treat",["a.temp-accommodation"]),
 risk("r.cyber","SR5","Cyber attack disrupts council services","threat","operational","Head of Digital",["smarter"],["smarter.customer"],(4,5),(2,5),[(3,5,None),(3,5,None),(3,4,None),(3,4,None)],"treat",["a.digital-front-door"]),
 risk("r.workforce","SR6","Unable to recruit and keep key staff","threat","people","Head of HR",["smarter"],["smarter.people"],(4,4),(2,3),[(4,3,None),(3,3,None),(3,3,None),(3,3,None)],"treat",["a.workforce-strategy"]),
 risk("r.climate-target","SR7","Council misses its 2035 net zero target","threat","strategic","Head of Climate Change",["green"],["green.air"],(4,4),(2,3),[(3,4,None),(3,4,None),(3,3,None),(3,3,None)],"treat",["a.heat-decarb","a.climate-plan"]),
 risk("r.regeneration-delay","SR8","City centre regeneration schemes are delayed","threat","strategic","Director of Regeneration",["vibrant"],["vibrant.culture"],(4,4),(2,3),[(3,4,None),(3,3,None),(2,3,None),(2,3,"Market Hall reopened.")],"treat",["a.market-hall","a.city-square"]),
 risk("r.safeguarding","SR9","A serious safeguarding failure","threat","compliance","Director of Children's Services",["resilient"],["resilient.children"],(3,5),(1,5),[(2,5,None),(2,5,None),(2,5,None),(2,5,None)],"tolerate",None,"open","P1M"),
 risk("r.contractor-failure","SR10","A major contractor fails","threat","operational","Head of Procurement",["smarter","growth"],[],(3,4),(2,3),[(2,3,None),(2,3,None),(3,3,"Smart city supplier insolvent."),(3,3,None)],"transfer",["a.smart-city"]),
 risk("r.levelling-up","SO1","Secure further government regeneration funding","opportunity","strategic","Director of Regeneration",["vibrant","growth"],["growth.investment"],(2,4),(4,4),[(3,4,None),(3,4,None),(4,4,"Shortlisted for the next round."),(4,4,None)],"exploit",["a.inward-investment"]),
 risk("r.freeport","SO2","Jobs from the East Midlands Freeport","opportunity","economic","Head of Economic Growth",["growth"],["growth.jobs"],(2,3),(4,4),[(2,3,None),(3,3,None),(3,4,None),(3,4,None)],"enhance",["a.jobs-programme","a.business-grants"]),
 risk("r.devolution","SO3","Powers and funding from the East Midlands combined authority","opportunity","strategic","Chief Executive",["smarter","green"],[],(2,4),(3,5),[(2,4,None),(3,4,None),(3,4,None),(3,5,None)],"share"),
 risk("r.university","SO4","Skills partnership with the University of Derby","opportunity","economic","Head of Adult Learning",["growth"],["growth.skills"],(3,3),(4,4),[(3,3,None),(3,3,None),(3,3,None),(3,3,None)],"accept",None,"closed"),
]
register={"id":"srr","title":"Strategic Risk Register","reviewEvery":"P3M",
 "matrix":{"likelihoodLevels":5,"impactLevels":5,"likelihoodLabels":["Rare","Unlikely","Possible","Likely","Almost certain"],"impactLabels":["Minimal","Minor","Moderate","Major","Severe"],
   "bands":[{"from":1,"name":"Low","rag":"green"},{"from":8,"name":"Medium","rag":"amber"},{"from":15,"name":"High","rag":"red"}]},
 "appetite":[{"category":"financial","maxScore":12},{"category":"operational","maxScore":12},{"category":"people","maxScore":12},{"category":"strategic","maxScore":16},{"category":"compliance","maxScore":10},{"category":"economic","maxScore":20}],
 "risks":risks}
reviews={"cadence":"P3M","start":"2023-04-01","reportingLag":"P3M","annualReportLag":"P6M","held":[
 {"date":"2023-06-14","kind":"annual","forum":"Cabinet","period":"2022/23"},
 {"date":"2023-09-13","kind":"quarterly","forum":"Cabinet","period":"2023/24 Q1"},
 {"date":"2023-12-13","kind":"quarterly","forum":"Cabinet","period":"2023/24 Q2"},
 {"date":"2024-03-13","kind":"quarterly","forum":"Cabinet","period":"2023/24 Q3"},
 {"date":"2024-06-12","kind":"other","forum":"Cabinet","period":None},
 {"date":"2024-08-13","kind":"quarterly","forum":"Cabinet","period":"2023/24 Q4"},
 {"date":"2024-08-13","kind":"annual","forum":"Cabinet","period":"2023/24"},
 {"date":"2024-09-11","kind":"quarterly","forum":"Cabinet","period":"2024/25 Q1"},
 {"date":"2024-12-11","kind":"quarterly","forum":"Cabinet","period":"2024/25 Q2"},
 {"date":"2025-02-12","kind":"other","forum":"Cabinet","period":None},
 {"date":"2025-04-16","kind":"quarterly","forum":"Cabinet","period":"2024/25 Q3"},
 {"date":"2025-06-18","kind":"quarterly","forum":"Cabinet","period":"2024/25 Q4"},
]}
for h in reviews["held"]:
    if h["period"] is None: del h["period"]
doc={"schemaVersion":"1.0","organisation":{"name":"Derby City Council","code":"E06000015"},"currency":"GBP","calendar":{"yearStartMonth":4},
 "plan":plan,
 "deliveryPlans":[{"id":"cdp-2024-25","title":"Council Delivery Plan 2024-25","year":"2024/25","approved":"2024-09-11","actions":acts}],
 "financialStrategy":mtfs,"riskRegister":register,"reviews":reviews}
json.dump(doc, open(os.path.join(os.path.dirname(os.path.abspath(__file__)),'derby-council-plan-2022-25.json'),'w',encoding='utf-8'), indent=2, ensure_ascii=False)
n_out=sum(len(v) for v in outcomes.values()); n_m=len(measures); n_a=len(acts)
print("outcomes",n_out,"measures",n_m,"actions",n_a,"lines",len(lines),"risks",len(risks),"opps",sum(1 for r in risks if r["kind"]=="opportunity"))
